package org.diplokg.source;

/** The article fields a metadata line ("label: value") can set; labels map to them in header-labels.tsv. */
enum Field {
    URL, PUBLISHED, UPDATED, TITLE, LANGUAGE, PUBLISHER, DATELINE
}
