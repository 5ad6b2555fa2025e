#include "LineEditShim.h"

#include <histedit.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <wchar.h>
#include <signal.h>
#include <unistd.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

// libedit's el_set/el_get/history are variadic, which Swift cannot call; these wrappers are not.

struct pe_editor {
    EditLine *el;
    History *history;
    HistEvent event;
    char *prompt;
    pe_complete_fn complete;
    void *complete_context;
};

static char *prompt_callback(EditLine *el) {
    pe_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    return (editor != NULL && editor->prompt != NULL) ? editor->prompt : "";
}

static unsigned char complete_callback(EditLine *el, int ch) {
    (void)ch;
    pe_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    if (editor == NULL || editor->complete == NULL) return CC_ERROR;
    const LineInfo *info = el_line(el);
    size_t length = (size_t)(info->cursor - info->buffer);
    char *before = malloc(length + 1);
    if (before == NULL) return CC_ERROR;
    memcpy(before, info->buffer, length);
    before[length] = '\0';
    int result = editor->complete(editor->complete_context, before);
    free(before);
    switch (result) {
    case 1: return CC_REFRESH;
    case 2: return CC_REDISPLAY;
    default: return CC_ERROR;
    }
}

void pe_print(pe_editor *editor, const char *text) {
    (void)editor;
    fputs(text, stdout);
    fflush(stdout);
}

static int pe_read_char(EditLine *el, wchar_t *out);

pe_editor *pe_open(const char *program) {
    setlocale(LC_CTYPE, "");
    pe_editor *editor = calloc(1, sizeof *editor);
    if (editor == NULL) return NULL;
    editor->el = el_init(program, stdin, stdout, stderr);
    editor->history = history_init();
    if (editor->el == NULL || editor->history == NULL) {
        pe_close(editor);
        return NULL;
    }
    history(editor->history, &editor->event, H_SETSIZE, 1000);
    history(editor->history, &editor->event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_CLIENTDATA, editor);
    el_set(editor->el, EL_EDITOR, "emacs");
    el_set(editor->el, EL_PROMPT_ESC, prompt_callback, '\1');
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_SIGNAL, 1);
    el_set(editor->el, EL_GETCFN, pe_read_char);
    el_set(editor->el, EL_ADDFN, "patchsh-complete", "Complete the word before the cursor", complete_callback);
    el_set(editor->el, EL_BIND, "^I", "patchsh-complete", NULL);
    return editor;
}

void pe_close(pe_editor *editor) {
    if (editor == NULL) return;
    if (editor->el != NULL) el_end(editor->el);
    if (editor->history != NULL) history_end(editor->history);
    free(editor->prompt);
    free(editor);
}

void pe_set_prompt(pe_editor *editor, const char *prompt) {
    char *copy = strdup(prompt != NULL ? prompt : "");
    if (copy == NULL) return;
    free(editor->prompt);
    editor->prompt = copy;
}

const char *pe_gets(pe_editor *editor, int *count) {
    return el_gets(editor->el, count);
}

int pe_history_enter(pe_editor *editor, const char *line) {
    return history(editor->history, &editor->event, H_ENTER, line);
}

int pe_history_set_size(pe_editor *editor, int size) {
    return history(editor->history, &editor->event, H_SETSIZE, size);
}

int pe_source_editrc(pe_editor *editor) {
    return el_source(editor->el, NULL);
}

void pe_set_completer(pe_editor *editor, pe_complete_fn function, void *context) {
    editor->complete = function;
    editor->complete_context = context;
}

int pe_insert(pe_editor *editor, const char *text) {
    return el_insertstr(editor->el, text);
}

void pe_reset(pe_editor *editor) {
    el_reset(editor->el);
}

// The only process-wide state: a signal handler can touch nothing else safely.
static volatile sig_atomic_t pe_interrupted = 0;
// Two pipes the handler writes to: one wakes the line editor's read, one the command watcher.
static int pe_interrupt_pipe[2] = {-1, -1};
static int pe_editor_pipe[2] = {-1, -1};

static void pe_interrupt_handler(int signo) {
    (void)signo;
    int saved = errno;
    pe_interrupted = 1;
    char byte = 1;
    if (pe_interrupt_pipe[1] >= 0) (void)!write(pe_interrupt_pipe[1], &byte, 1);
    if (pe_editor_pipe[1] >= 0) (void)!write(pe_editor_pipe[1], &byte, 1);
    errno = saved;
}

int pe_interrupt_descriptor(void) {
    return pe_interrupt_pipe[0];
}

void pe_install_interrupt_handler(void) {
    int *pipes[2] = {pe_interrupt_pipe, pe_editor_pipe};
    for (int p = 0; p < 2; p++) {
        if (pipes[p][0] < 0 && pipe(pipes[p]) == 0) {
            for (int i = 0; i < 2; i++) {
                fcntl(pipes[p][i], F_SETFD, FD_CLOEXEC);
                fcntl(pipes[p][i], F_SETFL, O_NONBLOCK);
            }
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = pe_interrupt_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
}

static void pe_drain(int fd) {
    char buffer[64];
    if (fd >= 0) while (read(fd, buffer, sizeof buffer) > 0) {}
}

int pe_take_interrupt(void) {
    int value = pe_interrupted;
    pe_interrupted = 0;
    pe_drain(pe_editor_pipe[0]);
    return value;
}

// libedit's own read() is woken by SIGINT only when the kernel delivers the signal to this thread;
// any other thread (Dispatch's, URLSession's) may get it. So read through poll() on the terminal and
// on the handler's pipe: an interrupt on any thread ends the read. Multi-byte input is decoded here.
static int pe_read_char(EditLine *el, wchar_t *out) {
    (void)el;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {pe_editor_pipe[0], POLLIN, 0}};
        int ready = poll(fds, pe_editor_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (pe_editor_pipe[0] >= 0 && (fds[1].revents & POLLIN)) {
            pe_drain(pe_editor_pipe[0]);
            pe_interrupted = 1;
            errno = EINTR;
            return -1;
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        char byte;
        ssize_t count = read(STDIN_FILENO, &byte, 1);
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        if (count == 0) return 0;
        wchar_t wide;
        size_t used = mbrtowc(&wide, &byte, 1, &state);
        if (used == (size_t)-2) continue;          // the middle of a UTF-8 sequence
        if (used == (size_t)-1) {                  // not valid in this locale: pass the byte through
            memset(&state, 0, sizeof state);
            wide = (unsigned char)byte;
        }
        *out = wide;
        return 1;
    }
}
