package org.diplokg.eval;

/**
 * The kinds of tuple the scorer compares (DESIGN 6), named as in the report and the floors file:
 * actors {@code (name, type)}, tenures {@code (holder, of)}, events {@code (type, date)}, arguments
 * {@code (type, date, role, actor)}, places {@code (type, date, place)}, phases {@code (type, date, phases)}.
 */
public enum Kind {
    actors, tenures, events, arguments, places, phases
}
