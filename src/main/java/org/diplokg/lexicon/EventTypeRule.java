package org.diplokg.lexicon;

import org.diplokg.model.EventType;
import org.diplokg.model.Role;

/**
 * How mentions of one event type are read (data/lexicon/event-types.tsv).
 *
 * @param principal        the role of the trigger's subject or genitive
 * @param narrativeDate    an undated mention takes the article's running date
 * @param marksTheDay      without lending its date, a mention dated in the week before publication tells the story's day
 * @param needsAgent       a mention without a principal actor is not an event
 * @param purposeLamBlocks the noun under a purpose lam (لاتفاق) is a goal, not an event
 * @param takesPlace       a place in its stretch of the sentence is where it happened, even without a preposition
 * @param datelinePlace    a mention on the story's date with no place happened at the dateline's place
 * @param mediated         it may have mediators, and actors called mediators in its sentence are
 * @param occasion         held once, at one place: it takes the day of what happened during it, and is not held
 *                         where another mention of its type was
 * @param placeBound       a mention without actors that names another place than one of its type is another event
 * @param fromDeal         established by an agreement and dated nowhere in the article, it began with the agreement
 */
public record EventTypeRule(EventType type, Role principal, boolean narrativeDate, boolean marksTheDay, boolean needsAgent,
                            boolean purposeLamBlocks, boolean takesPlace, boolean datelinePlace, boolean mediated,
                            boolean occasion, boolean placeBound, boolean fromDeal) {}
