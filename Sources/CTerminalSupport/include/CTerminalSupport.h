#ifndef CTERMINALSUPPORT_H
#define CTERMINALSUPPORT_H
/* Placeholder: the terminal module's C helpers (fatal-signal restore) go here. */
int cterminal_support_version(void);
#endif
