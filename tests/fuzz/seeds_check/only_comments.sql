-- only a comment
/* and /* nested */ one */
