#include "CurlShim.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// curl_easy_setopt/curl_easy_getinfo are variadic, which Swift cannot call; everything that
// touches libcurl lives here behind plain functions.

// The numbers Swift matches on must be libcurl's own.
_Static_assert(pc_unsupported_protocol == CURLE_UNSUPPORTED_PROTOCOL, "CURLcode");
_Static_assert(pc_couldnt_resolve_proxy == CURLE_COULDNT_RESOLVE_PROXY, "CURLcode");
_Static_assert(pc_couldnt_resolve_host == CURLE_COULDNT_RESOLVE_HOST, "CURLcode");
_Static_assert(pc_couldnt_connect == CURLE_COULDNT_CONNECT, "CURLcode");
_Static_assert(pc_weird_server_reply == CURLE_WEIRD_SERVER_REPLY, "CURLcode");
_Static_assert(pc_http2 == CURLE_HTTP2, "CURLcode");
_Static_assert(pc_partial_file == CURLE_PARTIAL_FILE, "CURLcode");
_Static_assert(pc_write_error == CURLE_WRITE_ERROR, "CURLcode");
_Static_assert(pc_out_of_memory == CURLE_OUT_OF_MEMORY, "CURLcode");
_Static_assert(pc_operation_timedout == CURLE_OPERATION_TIMEDOUT, "CURLcode");
_Static_assert(pc_ssl_connect_error == CURLE_SSL_CONNECT_ERROR, "CURLcode");
_Static_assert(pc_aborted_by_callback == CURLE_ABORTED_BY_CALLBACK, "CURLcode");
_Static_assert(pc_too_many_redirects == CURLE_TOO_MANY_REDIRECTS, "CURLcode");
_Static_assert(pc_got_nothing == CURLE_GOT_NOTHING, "CURLcode");
_Static_assert(pc_ssl_engine_notfound == CURLE_SSL_ENGINE_NOTFOUND, "CURLcode");
_Static_assert(pc_send_error == CURLE_SEND_ERROR, "CURLcode");
_Static_assert(pc_recv_error == CURLE_RECV_ERROR, "CURLcode");
_Static_assert(pc_ssl_certproblem == CURLE_SSL_CERTPROBLEM, "CURLcode");
_Static_assert(pc_ssl_cipher == CURLE_SSL_CIPHER, "CURLcode");
_Static_assert(pc_peer_failed_verification == CURLE_PEER_FAILED_VERIFICATION, "CURLcode");
_Static_assert(pc_bad_content_encoding == CURLE_BAD_CONTENT_ENCODING, "CURLcode");
_Static_assert(pc_ssl_cacert_badfile == CURLE_SSL_CACERT_BADFILE, "CURLcode");
_Static_assert(pc_ssl_shutdown_failed == CURLE_SSL_SHUTDOWN_FAILED, "CURLcode");
_Static_assert(pc_ssl_crl_badfile == CURLE_SSL_CRL_BADFILE, "CURLcode");
_Static_assert(pc_ssl_issuer_error == CURLE_SSL_ISSUER_ERROR, "CURLcode");
_Static_assert(pc_ssl_pinnedpubkeynotmatch == CURLE_SSL_PINNEDPUBKEYNOTMATCH, "CURLcode");
_Static_assert(pc_ssl_invalidcertstatus == CURLE_SSL_INVALIDCERTSTATUS, "CURLcode");
_Static_assert(pc_http2_stream == CURLE_HTTP2_STREAM, "CURLcode");
_Static_assert(pc_http3 == CURLE_HTTP3, "CURLcode");

struct pc_worker {
    CURLM *multi;
    CURL *easy;
};

/// A growable byte buffer.
typedef struct pc_buffer {
    char *bytes;
    size_t length;
    size_t capacity;
} pc_buffer;

struct pc_transfer {
    pthread_mutex_t lock;   // guards cancelled and multi
    int cancelled;
    CURLM *multi;           // the multi handle to wake while the transfer runs, else NULL
    size_t body_cap;
    int over_cap;
    long status;
    pc_buffer headers;
    pc_buffer body;
    char error[CURL_ERROR_SIZE];
};

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_result = CURLE_FAILED_INIT;

// curl_global_init is not thread-safe: run it once, before any handle exists.
static void global_init(void) { global_result = curl_global_init(CURL_GLOBAL_DEFAULT); }

pc_worker *pc_worker_new(void) {
    pthread_once(&global_once, global_init);
    if (global_result != CURLE_OK) return NULL;
    pc_worker *worker = calloc(1, sizeof *worker);
    if (worker == NULL) return NULL;
    worker->multi = curl_multi_init();
    worker->easy = curl_easy_init();
    if (worker->multi == NULL || worker->easy == NULL) {
        pc_worker_free(worker);
        return NULL;
    }
    return worker;
}

void pc_worker_free(pc_worker *worker) {
    if (worker == NULL) return;
    if (worker->easy != NULL) curl_easy_cleanup(worker->easy);
    if (worker->multi != NULL) curl_multi_cleanup(worker->multi);
    free(worker);
}

pc_transfer *pc_transfer_new(size_t body_cap) {
    pc_transfer *transfer = calloc(1, sizeof *transfer);
    if (transfer == NULL) return NULL;
    pthread_mutex_init(&transfer->lock, NULL);
    transfer->body_cap = body_cap;
    return transfer;
}

void pc_transfer_free(pc_transfer *transfer) {
    if (transfer == NULL) return;
    pthread_mutex_destroy(&transfer->lock);
    free(transfer->headers.bytes);
    free(transfer->body.bytes);
    free(transfer);
}

void pc_transfer_cancel(pc_transfer *transfer) {
    pthread_mutex_lock(&transfer->lock);
    transfer->cancelled = 1;
    // The worker clears `multi` under the lock before it may free or reuse it.
    if (transfer->multi != NULL) curl_multi_wakeup(transfer->multi);
    pthread_mutex_unlock(&transfer->lock);
}

static int is_cancelled(pc_transfer *transfer) {
    pthread_mutex_lock(&transfer->lock);
    int cancelled = transfer->cancelled;
    pthread_mutex_unlock(&transfer->lock);
    return cancelled;
}

static int buffer_append(pc_buffer *buffer, const char *bytes, size_t length) {
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = buffer->capacity < 4096 ? 4096 : buffer->capacity;
        while (capacity < buffer->length + length) capacity *= 2;
        char *grown = realloc(buffer->bytes, capacity);
        if (grown == NULL) return 0;
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, bytes, length);
    buffer->length += length;
    return 1;
}

static size_t on_body(char *bytes, size_t size, size_t count, void *context) {
    pc_transfer *transfer = context;
    size_t length = size * count;
    if (!buffer_append(&transfer->body, bytes, length)) return 0;
    // Past the cap the rest is not worth reading: stop, keeping one chunk more than allowed.
    if (transfer->body.length > transfer->body_cap) {
        transfer->over_cap = 1;
        return 0;
    }
    return length;
}

static size_t on_header(char *bytes, size_t size, size_t count, void *context) {
    pc_transfer *transfer = context;
    size_t length = size * count;
    // A new status line (after a 100 Continue, say) starts the headers of another answer.
    if (length >= 5 && memcmp(bytes, "HTTP/", 5) == 0) transfer->headers.length = 0;
    return buffer_append(&transfer->headers, bytes, length) ? length : 0;
}

static CURLcode configure(CURL *easy, pc_transfer *transfer, const pc_request *request, struct curl_slist *headers) {
    CURLcode result = CURLE_OK;
#define SET(option, value) if (result == CURLE_OK) result = curl_easy_setopt(easy, option, value)
    SET(CURLOPT_URL, request->url);
    SET(CURLOPT_NOSIGNAL, 1L);
    SET(CURLOPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms);
    SET(CURLOPT_TIMEOUT_MS, request->total_timeout_ms);
    if (request->stall_timeout_s > 0) {
        SET(CURLOPT_LOW_SPEED_LIMIT, 1L);
        SET(CURLOPT_LOW_SPEED_TIME, request->stall_timeout_s);
    }
    SET(CURLOPT_HTTPHEADER, headers);
    SET(CURLOPT_ACCEPT_ENCODING, "");
    SET(CURLOPT_WRITEFUNCTION, on_body);
    SET(CURLOPT_WRITEDATA, transfer);
    SET(CURLOPT_HEADERFUNCTION, on_header);
    SET(CURLOPT_HEADERDATA, transfer);
    SET(CURLOPT_ERRORBUFFER, transfer->error);
    // Certificates and host names are always verified (libcurl's defaults, said out loud).
    SET(CURLOPT_SSL_VERIFYPEER, 1L);
    SET(CURLOPT_SSL_VERIFYHOST, 2L);
    SET(CURLOPT_PROTOCOLS_STR, "http,https");
    if (strcmp(request->method, "GET") == 0) {
        SET(CURLOPT_HTTPGET, 1L);
    } else {
        if (request->body != NULL) {
            SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_length);
            SET(CURLOPT_POSTFIELDS, request->body);
        }
        if (strcmp(request->method, "POST") != 0 || request->body == NULL) SET(CURLOPT_CUSTOMREQUEST, request->method);
    }
#undef SET
    return result;
}

pc_result pc_worker_perform(pc_worker *worker, pc_transfer *transfer, const pc_request *request) {
    CURL *easy = worker->easy;
    // reset keeps the live connection and the DNS cache: only the options go.
    curl_easy_reset(easy);
    struct curl_slist *headers = NULL;
    for (size_t index = 0; index < request->header_count; index++) {
        struct curl_slist *next = curl_slist_append(headers, request->headers[index]);
        if (next == NULL) {
            curl_slist_free_all(headers);
            return CURLE_OUT_OF_MEMORY;
        }
        headers = next;
    }
    // No "Expect: 100-continue" round trip before a body.
    struct curl_slist *next = curl_slist_append(headers, "Expect:");
    if (next == NULL) {
        curl_slist_free_all(headers);
        return CURLE_OUT_OF_MEMORY;
    }
    headers = next;

    CURLcode result = configure(easy, transfer, request, headers);
    if (result != CURLE_OK) {
        curl_slist_free_all(headers);
        return result;
    }

    pthread_mutex_lock(&transfer->lock);
    int cancelled = transfer->cancelled;
    if (!cancelled) transfer->multi = worker->multi;
    pthread_mutex_unlock(&transfer->lock);
    if (cancelled) {
        curl_slist_free_all(headers);
        return CURLE_ABORTED_BY_CALLBACK;
    }

    if (curl_multi_add_handle(worker->multi, easy) != CURLM_OK) {
        result = CURLE_FAILED_INIT;
    } else {
        int done = 0;
        while (!done) {
            int running = 0;
            if (curl_multi_perform(worker->multi, &running) != CURLM_OK) {
                result = CURLE_FAILED_INIT;
                break;
            }
            int queued = 0;
            CURLMsg *message;
            while ((message = curl_multi_info_read(worker->multi, &queued)) != NULL) {
                if (message->msg == CURLMSG_DONE) {
                    result = message->data.result;
                    done = 1;
                }
            }
            if (done) break;
            if (is_cancelled(transfer)) {
                result = CURLE_ABORTED_BY_CALLBACK;
                break;
            }
            // libcurl's own timeouts bound this wait; pc_transfer_cancel wakes it at once.
            if (curl_multi_poll(worker->multi, NULL, 0, 1000, NULL) != CURLM_OK) {
                result = CURLE_FAILED_INIT;
                break;
            }
        }
        // Removing an unfinished transfer closes its connection; a finished one stays for reuse.
        curl_multi_remove_handle(worker->multi, easy);
    }

    pthread_mutex_lock(&transfer->lock);
    transfer->multi = NULL;
    if (transfer->cancelled) result = CURLE_ABORTED_BY_CALLBACK;
    pthread_mutex_unlock(&transfer->lock);

    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &transfer->status);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, NULL);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, NULL);
    curl_slist_free_all(headers);
    if (transfer->over_cap && result == CURLE_WRITE_ERROR) result = CURLE_OK;
    if (result != CURLE_OK && transfer->error[0] == '\0') {
        strncpy(transfer->error, curl_easy_strerror(result), sizeof transfer->error - 1);
    }
    return result;
}

long pc_transfer_status(const pc_transfer *transfer) { return transfer->status; }

const char *pc_transfer_headers(const pc_transfer *transfer, size_t *length) {
    *length = transfer->headers.length;
    return transfer->headers.bytes;
}

void *pc_transfer_take_body(pc_transfer *transfer, size_t *length) {
    *length = transfer->body.length;
    void *bytes = transfer->body.bytes;
    transfer->body = (pc_buffer){0};
    return bytes;
}

int pc_transfer_over_cap(const pc_transfer *transfer) { return transfer->over_cap; }

int pc_transfer_cancelled(pc_transfer *transfer) { return is_cancelled(transfer); }

const char *pc_transfer_error(const pc_transfer *transfer) { return transfer->error; }
