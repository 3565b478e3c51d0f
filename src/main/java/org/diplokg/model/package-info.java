/**
 * The immutable records that flow between the stages of DESIGN section 1: an {@link Article} comes in,
 * an {@link Extraction} (actors, tenures, events, each with {@link Evidence}) goes out. Every stage
 * depends on this package; it depends on none.
 */
package org.diplokg.model;
