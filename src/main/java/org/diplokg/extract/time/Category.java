package org.diplokg.extract.time;

/** What a lexicon entry is, and whether it may carry an article it was not written with. */
enum Category {
    MONTH(false),
    WEEKDAY(false),
    NUMBER(false),
    ORDINAL(false),
    /** "الأسبوع الماضي": the unit takes the article. */
    UNIT(true),
    /** A day counted from publication; "بالأمس" as well as "أمس". */
    DEICTIC(true),
    /** A day counted from the previous date in the text. */
    ANCHORED(false),
    DIRECTION(false),
    QUALIFIER(false),
    CONNECTIVE(false),
    FUTURE(false);

    final boolean takesArticle;

    Category(boolean takesArticle) {
        this.takesArticle = takesArticle;
    }
}
