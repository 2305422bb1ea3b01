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

#include <stdlib.h>
#include <termios.h>

static int rapat_curses_active = 0;
/// The terminal's settings as the shell left them, taken before anything could change them.
/// (A function-local static: a file-scope struct in this header is not emitted when Swift imports it.)
static inline struct termios *rapat_original_termios(void) {
    static struct termios saved;
    return &saved;
}
static int rapat_termios_saved = 0;

/// Puts back the shell's terminal settings (async-signal-safe: tcsetattr only).
static inline void rapat_restore_termios(void) {
    if (rapat_termios_saved) tcsetattr(STDIN_FILENO, TCSANOW, rapat_original_termios());
}

/// Ends curses mode once; later calls do nothing (a second endwin re-emits sequences after our output).
/// The saved termios is put back too, whatever endwin restored.
static inline void rapat_curses_end(void) {
    if (rapat_curses_active) {
        rapat_curses_active = 0;
        endwin();
    }
    rapat_restore_termios();
}

static void rapat_fatal_signal(int sig) {
    rapat_curses_end();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void rapat_at_exit(void) { rapat_curses_end(); }

/// From process start until raw mode: the keys that make the tty send signals (Ctrl-C, Ctrl-\, Ctrl-Z) are
/// ignored, since a SIGQUIT while the shell's settings are half replaced would leave the tty without echo. Also
/// saves the termios, restores it on SIGTERM/SIGHUP and at exit.
static inline void rapat_hold_startup_signals(void) {
    if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, rapat_original_termios()) == 0) rapat_termios_saved = 1;
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    signal(SIGTSTP, SIG_IGN);
    signal(SIGTERM, rapat_fatal_signal);
    signal(SIGHUP, rapat_fatal_signal);
    atexit(rapat_at_exit);
}

/// After raw mode (Ctrl-C, Ctrl-\ and Ctrl-Z arrive as keys, not signals): termination and crash signals,
/// including a SIGINT or SIGQUIT sent with kill, restore the terminal and then do their default. SIGTSTP stays
/// ignored while curses owns the screen: stopping would leave the shell a raw tty.
static inline void rapat_install_signal_handlers(void) {
    int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) signal(signals[i], rapat_fatal_signal);
    signal(SIGTSTP, SIG_IGN);
}

/// After curses mode has ended: the keyboard's signals work as usual again (Ctrl-C while the file is closed).
static inline void rapat_release_signals(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
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
/// The audible bell; ncurses flashes the screen instead when the terminal has no bell.
static inline void rapat_alert(void) { beep(); }
#endif
