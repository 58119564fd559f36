// Package corpus makes the scale bench's corpus: copies of real and dev
// articles moved back in time.
//
// Copy k of an article is the article with every date expression it
// holds moved k×Step days earlier — the date header, datelines, ISO,
// slashed and dotted dates, month-and-day phrases with or without a year,
// day ranges, months alone, weekday names and years — so that each copy
// reads as the same kind of report of a different, earlier event, with
// the same offsets between the article's date and the dates it mentions.
// A closing line numbers the copy, so that every copy has its own text
// and article id, and a copy's URL gets a copy parameter, so that copies
// are not taken for revisions of one another.
//
// Everything is deterministic: the same bases, size, order and seed give
// the same corpus byte for byte.
package corpus
