#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* SwiftPM drops the -D_XOPEN_SOURCE from pkg-config, so switch the wide API on here. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 refuses curses' global variables (shared mutable state) and does not import the
   attribute macros: these accessors give their real values. Never hard-code them. */
static inline WINDOW *cncurses_stdscr(void) { return stdscr; }
static inline int cncurses_lines(void) { return LINES; }
static inline int cncurses_cols(void) { return COLS; }
static inline int cncurses_colors(void) { return COLORS; }
static inline int cncurses_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cncurses_a_normal(void) { return A_NORMAL; }
static inline attr_t cncurses_a_bold(void) { return A_BOLD; }
static inline attr_t cncurses_a_dim(void) { return A_DIM; }
static inline attr_t cncurses_a_reverse(void) { return A_REVERSE; }
static inline attr_t cncurses_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cncurses_wa_normal(void) { return WA_NORMAL; }
static inline attr_t cncurses_wa_bold(void) { return WA_BOLD; }
static inline attr_t cncurses_wa_dim(void) { return WA_DIM; }
static inline attr_t cncurses_wa_reverse(void) { return WA_REVERSE; }
static inline attr_t cncurses_wa_underline(void) { return WA_UNDERLINE; }

static inline int cncurses_key_f(int n) { return KEY_F(n); }

/* The terminfo entry loaded by setupterm, released after probing a terminal's capabilities. */
static inline void cncurses_release_probe_terminal(void) { del_curterm(cur_term); }
#endif
