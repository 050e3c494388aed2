#ifndef CWIDTH_SHIM_H
#define CWIDTH_SHIM_H
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>

/* glibc declares these only under _XOPEN_SOURCE, which SwiftPM strips. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

#endif
