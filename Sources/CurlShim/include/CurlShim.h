#ifndef CURL_SHIM_H
#define CURL_SHIM_H

#include <stddef.h>

/// One pooled connection: a libcurl easy handle inside its own multi handle, so that the live
/// connection survives between requests and a wait for the network can be woken (cancellation).
/// Used by one thread at a time.
typedef struct pc_worker pc_worker;

/// One request's state: the answer as it arrives, and a cancellation flag any thread may set.
typedef struct pc_transfer pc_transfer;

/// How a transfer ended: 0 when an answer came, else libcurl's CURLcode (see pc_transfer_error).
typedef int pc_result;

/// What one request sends. Header lines are "Name: value".
typedef struct pc_request {
    const char *url;
    const char *method;
    const char *const *headers;
    size_t header_count;
    const void *body;
    size_t body_length;
    long connect_timeout_ms;
    long total_timeout_ms;
    /// Whole seconds without a byte after which the transfer ends (0: no limit).
    long stall_timeout_s;
} pc_request;

/// A new worker; NULL when libcurl cannot start.
pc_worker *pc_worker_new(void);
void pc_worker_free(pc_worker *worker);

/// A new transfer that keeps at most `body_cap` bytes of body (more ends it with pc_transfer_over_cap).
pc_transfer *pc_transfer_new(size_t body_cap);
void pc_transfer_free(pc_transfer *transfer);
/// Ends the transfer as soon as possible, from any thread, before or during pc_worker_perform.
void pc_transfer_cancel(pc_transfer *transfer);

/// Sends the request and waits for the whole answer on the calling thread.
pc_result pc_worker_perform(pc_worker *worker, pc_transfer *transfer, const pc_request *request);

/// The HTTP status of the answer (0 when none came).
long pc_transfer_status(const pc_transfer *transfer);
/// The header lines of the final answer, raw ("Name: value\r\n" …), and their length.
const char *pc_transfer_headers(const pc_transfer *transfer, size_t *length);
/// Hands the body's malloc'd buffer to the caller (who frees it); NULL when the body is empty.
void *pc_transfer_take_body(pc_transfer *transfer, size_t *length);
/// 1 when the body outgrew the cap and the transfer was stopped there.
int pc_transfer_over_cap(const pc_transfer *transfer);
/// 1 when the transfer was cancelled.
int pc_transfer_cancelled(pc_transfer *transfer);
/// libcurl's own words about the failure ("" when it gave none).
const char *pc_transfer_error(const pc_transfer *transfer);

/// The CURLcode values the transport tells apart (so Swift needs no curl.h).
static const pc_result pc_ok = 0;
static const pc_result pc_unsupported_protocol = 1;
static const pc_result pc_couldnt_resolve_proxy = 5;
static const pc_result pc_couldnt_resolve_host = 6;
static const pc_result pc_couldnt_connect = 7;
static const pc_result pc_weird_server_reply = 8;
static const pc_result pc_http2 = 16;
static const pc_result pc_partial_file = 18;
static const pc_result pc_write_error = 23;
static const pc_result pc_out_of_memory = 27;
static const pc_result pc_operation_timedout = 28;
static const pc_result pc_ssl_connect_error = 35;
static const pc_result pc_aborted_by_callback = 42;
static const pc_result pc_too_many_redirects = 47;
static const pc_result pc_got_nothing = 52;
static const pc_result pc_ssl_engine_notfound = 53;
static const pc_result pc_send_error = 55;
static const pc_result pc_recv_error = 56;
static const pc_result pc_ssl_certproblem = 58;
static const pc_result pc_ssl_cipher = 59;
static const pc_result pc_peer_failed_verification = 60;
static const pc_result pc_bad_content_encoding = 61;
static const pc_result pc_ssl_cacert_badfile = 77;
static const pc_result pc_ssl_shutdown_failed = 80;
static const pc_result pc_ssl_crl_badfile = 82;
static const pc_result pc_ssl_issuer_error = 83;
static const pc_result pc_http2_stream = 92;
static const pc_result pc_ssl_pinnedpubkeynotmatch = 90;
static const pc_result pc_ssl_invalidcertstatus = 91;
static const pc_result pc_http3 = 95;

#endif
