#define _GNU_SOURCE
#include "CTerminalSupport.h"

#include <malloc.h>
#include <signal.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT };
#define FATAL_SIGNAL_COUNT (sizeof(fatal_signals) / sizeof(fatal_signals[0]))

static struct sigaction previous_actions[FATAL_SIGNAL_COUNT];
static struct termios saved_termios;
static volatile sig_atomic_t terminal_fd = -1;
static volatile sig_atomic_t screen_taken = 0;
static volatile sig_atomic_t handlers_installed = 0;

static const char reset_sequence[] = "\033[0m\033[?25h\033[?1049l";

void cterminal_restore(void) {
    if (!screen_taken || terminal_fd < 0) return;
    screen_taken = 0;
    tcsetattr(terminal_fd, TCSANOW, &saved_termios);
    ssize_t ignored = write(terminal_fd, reset_sequence, sizeof(reset_sequence) - 1);
    (void)ignored;
}

void cterminal_set_screen_taken(int taken) { screen_taken = taken ? 1 : 0; }

static void fatal_signal_handler(int signal_number, siginfo_t *info, void *context) {
    cterminal_restore();
    for (unsigned index = 0; index < FATAL_SIGNAL_COUNT; index++) {
        if (fatal_signals[index] != signal_number) continue;
        struct sigaction *previous = &previous_actions[index];
        if ((previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction != NULL) {
            sigaction(signal_number, previous, NULL);
            previous->sa_sigaction(signal_number, info, context);
            return;
        }
        if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
            sigaction(signal_number, previous, NULL);
            previous->sa_handler(signal_number);
            return;
        }
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

int cterminal_install_fatal_handlers(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
    terminal_fd = fd;
    if (handlers_installed) return 0;
    handlers_installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_sigaction = fatal_signal_handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (unsigned index = 0; index < FATAL_SIGNAL_COUNT; index++) {
        sigaction(fatal_signals[index], &action, &previous_actions[index]);
    }
    atexit(cterminal_restore);
    return 0;
}

int cterminal_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

int cterminal_input_closed(int fd) {
    struct pollfd descriptor = { .fd = fd, .events = POLLIN, .revents = 0 };
    if (poll(&descriptor, 1, 0) != 1) return 0;
    if (descriptor.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    int waiting = 0;
    return (descriptor.revents & POLLIN) && ioctl(fd, FIONREAD, &waiting) == 0 && waiting == 0;
}

int cterminal_share_one_malloc_arena(void) {
    return mallopt(M_ARENA_MAX, 1);
}
