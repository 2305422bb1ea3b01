#ifndef RAPAT_CNCURSESW_SHIM_H
#define RAPAT_CNCURSESW_SHIM_H
// The wide-character API is only declared with these set before the header (PITFALLS: ncurses from Swift 6).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int rapat_curses_active = 0;

/// Ends curses mode once; later calls do nothing (a second endwin re-emits sequences after our output).
static inline void rapat_curses_end(void) {
    if (rapat_curses_active) {
        rapat_curses_active = 0;
        endwin();
    }
}

static void rapat_fatal_signal(int sig) {
    rapat_curses_end();
    signal(sig, SIG_DFL);
    raise(sig);
}

/// Restores the terminal on termination and crash signals, then lets the signal do its default.
static inline void rapat_install_signal_handlers(void) {
    int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) signal(signals[i], rapat_fatal_signal);
}

/// setlocale from the environment; if the codeset is not UTF-8 (LANG=C in CI), fall back to C.UTF-8
/// so ncursesw does not drop non-ASCII characters. Returns 1 when a UTF-8 locale is in force.
static inline int rapat_setup_locale(void) {
    setlocale(LC_ALL, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) setlocale(LC_CTYPE, "C.UTF-8");
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

/// newterm on stdout/stdin instead of initscr (which exits the process on an unknown TERM). NULL on failure.
static inline SCREEN *rapat_newterm(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen) rapat_curses_active = 1;
    return screen;
}

/// Whether the terminal can address the cursor (TERM=dumb cannot).
static inline int rapat_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline void rapat_configure(int timeout_ms) {
    raw();  // Ctrl-C arrives as a key, so quitting goes through the app's own clean exit
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    wtimeout(stdscr, timeout_ms);
    if (has_colors()) {
        start_color();
        use_default_colors();
        init_pair(1, COLOR_GREEN, -1);
        init_pair(2, COLOR_RED, -1);
        init_pair(3, COLOR_YELLOW, -1);
        init_pair(4, COLOR_CYAN, -1);
        init_pair(5, COLOR_BLACK, COLOR_CYAN);
    }
}

static inline void rapat_set_timeout(int timeout_ms) { wtimeout(stdscr, timeout_ms); }
static inline int rapat_lines(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int rapat_cols(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }
static inline int rapat_key_f(int n) { return KEY_F(n); }

static inline void rapat_set_style(int pair, int bold, int reverse) {
    attr_t attrs = A_NORMAL;
    if (bold) attrs |= A_BOLD;
    if (reverse) attrs |= A_REVERSE;
    wattrset(stdscr, attrs | (has_colors() ? COLOR_PAIR(pair) : 0));
}

static inline void rapat_put(int y, int x, const char *utf8) { mvwaddstr(stdscr, y, x, utf8); }
static inline void rapat_move(int y, int x) { wmove(stdscr, y, x); }
static inline void rapat_refresh(void) { wrefresh(stdscr); }
static inline int rapat_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }
#endif
