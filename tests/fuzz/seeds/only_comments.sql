-- just a comment
/* and /* nested */ comment */
