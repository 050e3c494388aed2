#ifndef CTERMINALSUPPORT_H
#define CTERMINALSUPPORT_H

/* Restores the terminal from paths Swift code cannot run on: fatal signals and exit().
   Only async-signal-safe calls run in the handler: tcsetattr and write. */

/* Saves the termios of fd (the terminal, before curses changes it) and installs handlers for
   SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP and SIGQUIT that restore it, write
   ESC[0m ESC[?25h ESC[?1049l to fd, then pass the signal on to the previous handler (the Swift
   backtracer) or re-raise it with the default action. Returns 0, or -1 when fd is not a terminal. */
int cterminal_install_fatal_handlers(int fd);

/* Marks the screen as taken (1: curses owns it) or given back (0: endwin ran), so the handlers
   and the exit hook only restore what is still taken. */
void cterminal_set_screen_taken(int taken);

/* Restores the saved termios and writes the reset sequence if the screen is still taken. Safe to call
   at any time; also registered with atexit by cterminal_install_fatal_handlers. */
void cterminal_restore(void);

/* The terminal's rows and columns from TIOCGWINSZ; returns 0, or -1 when unknown. */
int cterminal_window_size(int fd, int *rows, int *columns);

/* 1 when fd has hung up, failed, or is readable with nothing to read (end of file); else 0. */
int cterminal_input_closed(int fd);

/* Lets every thread share the main malloc arena (M_ARENA_MAX 1) instead of one arena each: each idle
   arena holds a few hundred KiB. Returns mallopt's result: 1 on success. */
int cterminal_share_one_malloc_arena(void);

#endif
