package org.diplokg.extract;

import java.util.List;
import java.util.Set;
import org.diplokg.lexicon.Cue;
import org.diplokg.lexicon.EventLexicon;
import org.diplokg.lexicon.PhraseIndex.Hit;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;
import org.diplokg.model.TimeValue;
import org.diplokg.text.Token;

/**
 * Events of one sentence that take their date from another: a noun from its relative clause, hosted events from
 * their host, what an event describes from it, talks from the agreement that ended them, a setting and its main verb
 * one day, speech from its statement or the document it is said in, an announced act from its announcement, a deal
 * no later than the truce it agrees on; a start left open, and the opening day of an event said to open.
 */
final class SharedDates {
    /**
     * Cues before an event noun that make it the setting of the sentence's main verb (في اتصال، خلال المحادثات، على
     * هامش اجتماعات, "on the sidelines of the summit").
     */
    private static final Set<String> SETTING_CUES = Set.of("adjunct", "during", "setting");
    /** How far before talks an "after" cue may stand: "بعد عشرة أيام من المفاوضات". */
    private static final int AFTER_REACH = 5;
    private static final Set<String> AFTER = Set.of("after");
    private static final String START_OPEN = "start-open";
    /** What an announcing verb does by naming it: a rejection, a truce, an exchange (see announcedActsTakeTheAnnouncementsDate). */
    private static final Set<EventType> ANNOUNCED_ACTS = Set.of(EventType.Rejection, EventType.Ceasefire, EventType.Exchange);

    private SharedDates() {}

    /**
     * "المقترح الذي أعلنه بايدن في 31 مايو", "the plan, which Biden announced on May 31": a noun takes the date of the
     * verb of its relative clause, which tells when it came about.
     */
    static void nounsTakeTheirRelativeClausesDate(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> relative : facts.cuesOf("relative")) {
            Draft noun = Draft.lastBefore(drafts, relative.first());
            Draft verb = SentenceAnchors.firstAfter(drafts, relative, true);
            if (noun == null || noun.verb || noun.hasDate() || relative.first() - noun.triggerLast > SentenceFacts.RELATIVE_REACH) continue;
            if (verb == null || !verb.verb || !verb.ownDate) continue;
            noun.time = verb.date();
            noun.ownDate = true;
        }
    }

    /**
     * "استضافت القاهرة، الثلاثاء، اجتماعا رباعيا بين مصر والأردن", "Qatar on Sunday hosted talks between": the event
     * noun a hosting verb takes as its object is the hosted event, of the verb's day, not of the story's running date.
     */
    static void hostedEventsTakeTheHostsDate(List<Draft> drafts) {
        for (int n = 0; n + 1 < drafts.size(); n++) {
            Draft host = drafts.get(n);
            Draft hosted = drafts.get(n + 1);
            if (!host.verb || !host.ownDate || !host.subjectRoles.contains(Role.host) || hosted.verb || hosted.hasDate()
                    || hosted.triggerFirst - host.triggerLast > DateOwners.LIGHT_VERB_SPAN) continue;
            hosted.time = host.time;
            hosted.ownDate = true;
        }
    }

    /**
     * "جولة أولى من المحادثات بين إيران والولايات المتحدة، استضافتها مسقط السبت الماضي": a hosting verb that opens a
     * clause after the comma closing an event noun's phrase, its object a pronoun suffix, hosts that event and dates it.
     */
    static void eventsHostedInAClauseAfterThemTakeTheHostsDate(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        List<Token> tokens = facts.sentence().tokens();
        for (Draft host : drafts) {
            if (!host.verb || !host.ownDate || !host.subjectRoles.contains(Role.host) || host.triggerFirst == 0) continue;
            Token before = tokens.get(host.triggerFirst - 1);
            if (!before.isPunct() || before.isQuotationMark() || !lexicon.hasPronounSuffix(tokens.get(host.triggerLast).surface())) continue;
            Draft hosted = Draft.lastBefore(drafts, host.triggerFirst);
            if (hosted == null || hosted.verb || hosted.hasDate()) continue;
            hosted.time = host.time;
            hosted.ownDate = true;
        }
    }

    /**
     * "the proposal announced by Biden on May 31": a verb folded into the event it describes (its making, a participle
     * of mediation) dates that event when it has no date of its own.
     */
    static void describedEventsTakeTheDescriptionsDate(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.describes == null || !d.ownDate || d.describes.hasDate()) continue;
            d.describes.time = d.time;
            d.describes.begin = d.begin;
            d.describes.end = d.end;
            d.describes.ownDate = true;
        }
    }

    /**
     * "الاتفاق، الذي جرى التوصل إليه في 20 مارس بعد عشرة أيام من المفاوضات", "the deal, reached on Friday after two weeks
     * of talks": undated talks an agreement of the sentence came after (an "after" cue shortly before them, no
     * punctuation between) were over by then, and are known by that end.
     */
    static void talksEndWithTheirAgreement(SentenceFacts facts, List<Draft> drafts) {
        Draft agreement = null;
        for (Draft d : drafts) {
            if (d.type == EventType.Agreement && d.hasDate()) agreement = d;
            if (d.type != EventType.Negotiation || d.hasDate() || agreement == null || !cameAfter(facts, d)) continue;
            d.end = agreement.date();
            d.ownDate = agreement.ownDate;
        }
    }

    private static boolean cameAfter(SentenceFacts facts, Draft talks) {
        List<Token> tokens = facts.sentence().tokens();
        int first = compoundModifierBefore(facts, talks.triggerFirst);
        for (int k = first - 1; k >= Math.max(0, first - AFTER_REACH); k--) {
            if (tokens.get(k).isPunct()) return false;
            if (facts.cueEndsAt(k, AFTER)) return true;
        }
        return false;
    }

    /**
     * Where the noun phrase of the event noun at {@code noun} begins when an actor hyphened to a participle premodifies
     * it ("after a week of African Union-led talks", "after two weeks of Qatari-mediated talks"): at that actor; else
     * at the noun itself.
     */
    private static int compoundModifierBefore(SentenceFacts facts, int noun) {
        List<Token> tokens = facts.sentence().tokens();
        if (noun < 3 || !tokens.get(noun - 2).surface().equals("-")) return noun;
        return facts.phrases().stream().filter(p -> p.last() == noun - 3).mapToInt(ActorPhrase::first).findFirst().orElse(noun);
    }

    /**
     * "اتفق الوفدان، الجمعة، على تبادل ألف أسير، خلال أول محادثات مباشرة", "وفي اتصال هاتفي أمس، حث بلينكن": the
     * meeting, call or talks an adjunct names as the setting of the sentence's main verb were held on the day that
     * verb happened, and the other way round. Tours, truces and wars outlast the day (event-types occasion).
     */
    static void settingAndMainVerbShareTheDay(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        // Its subject may be "the two sides" with their names after it ("اتفق الجانبان الروسي والأوكراني"), read as the principal.
        Draft main = null;
        for (Draft v : drafts) {
            if (v.verb && (!v.subject.isEmpty() || !v.actors(lexicon.rule(v.type).principal()).isEmpty())) {
                main = v;
                break;
            }
        }
        if (main == null) return;
        for (Draft setting : drafts) {
            if (setting == main || setting.verb && !hosts(setting) || !lexicon.rule(setting.type).occasion()) continue;
            boolean setAfterCue = !setting.verb && facts.cueEndsAt(facts.governingWord(setting.triggerFirst, lexicon), SETTING_CUES)
                    || reachedBySettingCue(facts, drafts, setting);
            if (!setAfterCue) continue;
            if (isDayOwn(setting) && !main.hasDate()) {
                main.time = setting.time;
                main.ownDate = true;
            } else if (isDayOwn(main) && !setting.hasDate()) {
                // Borrowed, not its own: what else the sentence says happened during the talks need not be that day.
                setting.time = main.time;
            }
        }
    }

    /**
     * "على هامش اجتماعات استضافتها مدينة العقبة", "on the sidelines of meetings Jordan hosted": the verb hosting the
     * gathering a cue reaches stands for that gathering.
     */
    private static boolean hosts(Draft d) {
        return d.verb && d.subjectRoles.contains(Role.host);
    }

    /** A "during" cue reaches the noun over a word or two, no other event between ("خلال أول محادثات مباشرة"). */
    private static boolean reachedBySettingCue(SentenceFacts facts, List<Draft> drafts, Draft setting) {
        return facts.cuesOf(SETTING_CUES).stream()
                .filter(c -> c.last() < setting.triggerFirst && c.value().reaches(c.last(), setting.triggerFirst))
                .anyMatch(c -> drafts.stream().noneMatch(d -> d.triggerFirst > c.last() && d.triggerFirst < setting.triggerFirst));
    }

    private static boolean isDayOwn(Draft d) {
        return d.ownDate && d.time != null && d.time.precision() == TimeValue.Precision.DAY;
    }

    /**
     * "رحب ميقاتي بالاتفاق في بيان مساء الثلاثاء", "وفي بيان صدر مساء الاثنين، رحبت حماس": a dated statement noun is
     * the medium of the speech verbs of its clause, which take its date.
     */
    static void speechVerbsTakeTheirStatementsDate(SentenceFacts facts, List<Draft> drafts) {
        Draft medium = drafts.stream().filter(d -> d.type == EventType.Statement && !d.verb && d.ownDate).findFirst().orElse(null);
        if (medium == null) return;
        for (Draft d : drafts) {
            if (d.type != EventType.Statement || !d.verb || d.hasDate()) continue;
            int from = Math.min(d.triggerLast, medium.triggerLast);
            int to = Math.max(d.triggerFirst, medium.triggerFirst);
            if (Clauses.complementizerBetween(facts, from, to)) continue;
            d.time = medium.date();
            d.ownDate = true;
        }
    }

    /**
     * "تقرير أصدره غروسي نهاية مايو الماضي، قال فيه إن …", "a report issued in late May, in which he said …": a speech
     * verb said in a document the clause before it issued takes that clause's date, the last one before the verb.
     */
    static void speechVerbsSaidInADocumentTakeItsDate(SentenceFacts facts, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type != EventType.Statement || !d.verb || d.hasDate() || !saidInIt(facts, d)) continue;
            facts.times().stream().filter(span -> span.last() < d.triggerFirst && !DateOwners.isYardstick(facts, span))
                    .reduce((a, b) -> b)
                    .filter(span -> !Clauses.otherEventBetween(facts, span.last(), d.triggerFirst))
                    .ifPresent(span -> DateOwners.apply(d, span.mention(), false));
        }
    }

    /** "قال فيه" right after the verb, "in which he said" reaching it from before. */
    private static boolean saidInIt(SentenceFacts facts, Draft d) {
        return facts.cuesOf("in-it").stream()
                .anyMatch(c -> c.first() == d.triggerLast + 1 || c.last() < d.triggerFirst && c.value().reaches(c.last(), d.triggerFirst));
    }

    /**
     * "اتفقا على هدنة على أن يتم الإعلان عن توقيت بدء سريانها", "لم يحدد موعد بدء الهدنة": a truce whose start a cue says
     * is left open, the one the cue reaches or else the last before it, whose start a pronoun points back to. A cue
     * that reaches another event ("لم يحدد موعد الجولة المقبلة من المفاوضات") leaves the truce alone.
     */
    static void startsLeftOpen(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        for (Hit<Cue> cue : facts.cuesOf(START_OPEN)) {
            Draft reached = drafts.stream().filter(d -> d.triggerFirst > cue.last() && cue.value().reaches(cue.last(), d.triggerFirst))
                    .findFirst().orElseGet(() -> Draft.lastBefore(drafts, cue.first()));
            if (reached != null && lexicon.rule(reached.type).fromDeal()) reached.startOpen = true;
        }
    }

    /**
     * "أعلنت منظمة الطاقة الذرية الإيرانية، في بيان، رفض طهران للقرار", "Iran announced its rejection of the
     * resolution": a rejection an announcing verb (triggers flag announces) names as its object, not in a reported clause, is made by that speech
     * act, and has its date even when the speech act took the story's day. Other rejections stay undated (standing
     * positions: "has repeatedly rejected"). So does a truce or an exchange announced so ("أعلن التحالف، الأربعاء، وقف
     * العمليات العسكرية", "أعلنت روسيا وأوكرانيا، الأربعاء، تبادل 230 أسيرا"), unless the text gives its own date.
     */
    static void announcedActsTakeTheAnnouncementsDate(SentenceFacts facts, List<Draft> drafts) {
        for (Draft act : drafts) {
            if (!ANNOUNCED_ACTS.contains(act.type) || act.hasDate()) continue;
            Draft announcement = Draft.lastBefore(drafts.stream().filter(d -> Clauses.announces(facts, d)).toList(), act.triggerFirst);
            if (announcement == null || !announcement.hasDate()) continue;
            if (Clauses.complementizerBetween(facts, announcement.triggerLast, act.triggerFirst)
                    || Clauses.otherEventBetween(facts, announcement.triggerLast, act.triggerFirst)) continue;
            act.time = announcement.date();
        }
    }

    /**
     * "Israel's foreign ministry said on Sunday it rejected the statement", "قالت الخارجية الأحد إنها ترفض الخطة": a
     * rejection its own speaker voices in what a dated speech verb reports, no other event between, is made by saying
     * it, that day. One in the perfect ("said it has repeatedly rejected", "had rejected") is a standing or earlier
     * position, and one by another actor ("said Israel rejected") was made before; both stay undated.
     */
    static void rejectionsVoicedInADatedSpeechTakeItsDate(SentenceFacts facts, List<Draft> drafts) {
        for (Draft act : drafts) {
            if (act.type != EventType.Rejection || act.hasDate() || Clauses.inThePerfect(facts, act)) continue;
            Draft speech = Draft.lastBefore(drafts, act.triggerFirst);
            if (speech == null || speech.type != EventType.Statement || !speech.verb || !isDayOwn(speech)
                    || Clauses.otherEventBetween(facts, speech.triggerLast, act.triggerFirst)) continue;
            var agents = act.actors(Role.agent);
            if (!agents.isEmpty() && speech.actors(Role.speaker).containsAll(agents)) act.time = speech.date();
        }
    }

    /**
     * "Israel and Hezbollah agreed on a ceasefire on Wednesday", "signed a seven-day truce on May 20", "agreed to a truce
     * that took effect on Sunday": a verb of agreeing whose object is a truce (the next event, with no complementizer
     * and no punctuation but a compound's hyphen between) makes the deal that sets it up, and a deal is made no later
     * than its truce takes effect: dated only by the story, it takes the earlier day the text gives the truce. A truce
     * that "would take effect on Sunday", after the story's day, leaves the deal on that day.
     */
    static void dealsNoLaterThanTheirTruces(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        for (Draft deal : drafts) {
            if (deal.type != EventType.Agreement || !deal.verb || deal.ownDate || !deal.hasDate()) continue;
            Draft truce = truceAgreedOn(facts, drafts, deal, lexicon);
            if (truce == null || !truce.ownDate || !before(truce.date(), deal.date())
                    || facts.punctuationOutsideWordsBetween(deal.triggerLast, truce.triggerFirst)) continue;
            deal.time = truce.date();
            deal.ownDate = true;
        }
    }

    /**
     * "Ethiopia and the rebels agreed on Wednesday to a \"permanent cessation of hostilities\"", "agreed on Sunday to a
     * truce": a truce a dated verb of agreeing takes as its object (the next event, no complementizer, no punctuation
     * but an opening quote between) and the text gives no start of its own was agreed that day.
     */
    static void trucesTakeTheirDealsDate(SentenceFacts facts, List<Draft> drafts, EventLexicon lexicon) {
        for (Draft deal : drafts) {
            if (deal.type != EventType.Agreement || !deal.verb || !isDayOwn(deal)) continue;
            Draft truce = truceAgreedOn(facts, drafts, deal, lexicon);
            if (truce == null || truce.hasDate() || facts.punctuationBesidesOpeningQuotesBetween(deal.triggerLast, truce.triggerFirst)) continue;
            truce.time = deal.date();
        }
    }

    /**
     * The truce a verb of agreeing takes as its object: the next event, one a deal sets up, with no complementizer
     * between; or null. What punctuation may stand between is for the caller to say.
     */
    private static Draft truceAgreedOn(SentenceFacts facts, List<Draft> drafts, Draft deal, EventLexicon lexicon) {
        Draft next = drafts.stream().filter(d -> d.triggerFirst > deal.triggerLast).findFirst().orElse(null);
        return next != null && lexicon.rule(next.type).fromDeal() && !Clauses.complementizerBetween(facts, deal.triggerLast, next.triggerFirst)
                ? next : null;
    }

    /** The first date lies wholly before the second: "2024-12-08" before "2024-12-12", but "2024-12" not. */
    private static boolean before(TimeValue first, TimeValue second) {
        return !second.iso().startsWith(first.iso()) && first.iso().compareTo(second.iso()) < 0;
    }

    /**
     * "On Thursday, Thailand launched air strikes, while Cambodian forces fired rockets": a date that opens the
     * sentence, before any trigger, sets the time of the whole sentence, the clause a contrast cue sets against the
     * main one too: an act there without a date of its own took the same day. A speech act there answers at a time
     * the text leaves open (see ArticleCollector) and keeps none, nor does what it reports ("while Hamas said it
     * rejected the proposal").
     */
    private static boolean timeBefore(SentenceFacts facts, int token) {
        for (SentenceFacts.TimedSpan span : facts.times()) if (span.last() < token) return true;
        return false;
    }

    static void contrastedActsShareAnOpeningDate(SentenceFacts facts, List<Draft> drafts) {
        if (drafts.isEmpty()) return;
        Draft main = drafts.getFirst();
        if (!isDayOwn(main) || !timeBefore(facts, main.triggerFirst)) return;
        for (Hit<Cue> contrast : facts.cuesOf("contrast")) {
            if (contrast.first() < main.triggerLast) continue;
            for (Draft act : drafts) {
                if (act.triggerFirst < contrast.last()) continue;
                if (act.type == EventType.Statement) break;
                if (act.hasDate()) continue;
                act.time = main.date();
                act.ownDate = true;
            }
        }
    }

    /**
     * "hostages were freed on Friday … on the first day of a four-day truce", "في اليوم الأول من الهدنة": the event the
     * cue names after it began on the day of the dated event before it.
     */
    static void openingDays(SentenceFacts facts, List<Draft> drafts) {
        for (Hit<Cue> cue : facts.cuesOf("opening-day")) {
            Draft opened = SentenceAnchors.firstAfter(drafts, cue, false);
            Draft dated = Draft.lastBefore(drafts.stream().filter(SharedDates::isDayOwn).toList(), cue.first());
            if (opened == null || dated == null || opened.hasDate()) continue;
            opened.begin = dated.time;
            opened.ownDate = true;
        }
    }
}
