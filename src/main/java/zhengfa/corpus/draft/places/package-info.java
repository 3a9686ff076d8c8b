/** Places: the GB/T 2260 divisions by the names texts use for them, and by the names sites' addresses spell. */
package zhengfa.corpus.draft.places;
