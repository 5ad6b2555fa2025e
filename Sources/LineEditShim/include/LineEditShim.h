#ifndef LINE_EDIT_SHIM_H
#define LINE_EDIT_SHIM_H

#include <stdio.h>

/// An opaque line editor: one libedit EditLine with its History, owned by Swift's LineEditor.
typedef struct pe_editor pe_editor;

/// Called on Tab with the line up to the cursor; returns 0 (nothing: beep), 1 (line changed), 2 (redraw all).
typedef int (*pe_complete_fn)(void *context, const char *line_before_cursor);

/// Creates an editor on stdin, stdout and stderr; NULL when libedit cannot start.
pe_editor *pe_open(const char *program);
/// Writes text to the editor's output stream and flushes it (for listing candidates).
void pe_print(pe_editor *editor, const char *text);
/// Frees everything pe_open made.
void pe_close(pe_editor *editor);
/// Copies the prompt; bytes between two \001 are not counted in its width (colours).
void pe_set_prompt(pe_editor *editor, const char *prompt);
/// Reads one line (with its newline). NULL at end of input or on error; *count is -1 on error.
const char *pe_gets(pe_editor *editor, int *count);
/// Adds a line to the in-memory history.
int pe_history_enter(pe_editor *editor, const char *line);
/// Bounds the in-memory history.
int pe_history_set_size(pe_editor *editor, int size);
/// Reads ~/.editrc (or $EDITRC) as libedit itself would; 0 on success.
int pe_source_editrc(pe_editor *editor);
/// Installs the Tab handler.
void pe_set_completer(pe_editor *editor, pe_complete_fn function, void *context);
/// Inserts text at the cursor (used by the completer); 0 on success.
int pe_insert(pe_editor *editor, const char *text);
/// Clears the line being edited and forgets pending input (after Ctrl-C).
void pe_reset(pe_editor *editor);

/// Installs a SIGINT handler that only records the signal (no SA_RESTART, so a pending read returns)
/// and writes one byte to a pipe whose read end pe_interrupt_descriptor returns (-1 on failure).
void pe_install_interrupt_handler(void);
/// The read end of the interrupt pipe, for a watcher that cancels running commands.
int pe_interrupt_descriptor(void);
/// Whether SIGINT arrived since the last call; clears the record.
int pe_take_interrupt(void);

#endif
