// One side of a recorded TCP conversation: runs timed socket calls and logs what they returned.
//   peer LOG T0_NS STEP...     STEP = MS:OP[:ARG[:ARG]]
// Each step waits until T0_NS (CLOCK_REALTIME, ns) + MS, then runs OP:
//   listen:PORT  connect:PORT:LOCALPORT  accept  send:BYTES  recv  shutdown  close
//   abort (SO_LINGER 0, then close)  wait (until readable/error, 30 s at most; logs SO_ERROR)
//   drain (read until EOF or error, 30 s at most)
//   snap:FILE (append "@ US" and the output of `ss -tanoH state all`, US = the call's middle)
// The log has one line per call: microseconds since T0, the call, its result.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static FILE* logf_;
static long long t0_;
static int lfd_ = -1, fd_ = -1;

static long long nowNs(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void logLine(const char* op, const char* fmt, long v) {
    fprintf(logf_, "%lld %s ", (nowNs() - t0_) / 1000, op);
    fprintf(logf_, fmt, v);
    fputc('\n', logf_);
    fflush(logf_);
}

static void sleepUntil(long long ns) {
    struct timespec ts = {ns / 1000000000LL, ns % 1000000000LL};
    while (clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &ts, NULL) == EINTR) {}
}

static struct sockaddr_in loopback(int port) {
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

static int waitFor(int fd, short events, int ms) {
    struct pollfd p = {fd, events, 0};
    int r = poll(&p, 1, ms);
    return r > 0 ? p.revents : 0;
}

static long soError(int fd) {
    int e = 0;
    socklen_t n = sizeof e;
    getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &n);
    return e;
}

static void run(const char* op, const char* a1, const char* a2) {
    static char buf[1 << 16];
    if (!strcmp(op, "listen")) {
        lfd_ = socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        setsockopt(lfd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        struct sockaddr_in a = loopback(atoi(a1));
        long r = bind(lfd_, (struct sockaddr*)&a, sizeof a);
        if (r == 0) r = listen(lfd_, 8);
        logLine(op, "%ld", r ? -errno : 0);
    } else if (!strcmp(op, "accept")) {
        waitFor(lfd_, POLLIN, 30000);
        fd_ = accept(lfd_, NULL, NULL);
        logLine(op, "%ld", fd_ < 0 ? -errno : 0);
    } else if (!strcmp(op, "connect")) {
        fd_ = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        int one = 1;
        setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        struct sockaddr_in local = loopback(a2 ? atoi(a2) : 0), peer = loopback(atoi(a1));
        bind(fd_, (struct sockaddr*)&local, sizeof local);
        long r = connect(fd_, (struct sockaddr*)&peer, sizeof peer);
        logLine(op, "%ld", r ? -errno : 0);
    } else if (!strcmp(op, "send")) {
        long n = atol(a1), sent = 0;
        memset(buf, 'x', sizeof buf);
        while (sent < n) {
            long chunk = n - sent < (long)sizeof buf ? n - sent : (long)sizeof buf;
            long r = send(fd_, buf, (size_t)chunk, MSG_NOSIGNAL);
            if (r < 0 && errno == EAGAIN) { waitFor(fd_, POLLOUT, 1000); continue; }
            if (r < 0) { sent = -errno; break; }
            sent += r;
        }
        logLine(op, "%ld", sent);
    } else if (!strcmp(op, "recv")) {
        long r = recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
        logLine(op, "%ld", r < 0 ? -errno : r);
    } else if (!strcmp(op, "drain")) {
        long total = 0, r;
        while (waitFor(fd_, POLLIN, 30000) && (r = recv(fd_, buf, sizeof buf, MSG_DONTWAIT)) > 0) total += r;
        logLine(op, "%ld", total);
    } else if (!strcmp(op, "shutdown")) {
        logLine(op, "%ld", shutdown(fd_, SHUT_WR) ? -errno : 0);
    } else if (!strcmp(op, "close")) {
        logLine(op, "%ld", close(fd_) ? -errno : 0);
    } else if (!strcmp(op, "abort")) {
        struct linger l = {1, 0};
        setsockopt(fd_, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        logLine(op, "%ld", close(fd_) ? -errno : 0);
    } else if (!strcmp(op, "wait")) {
        int ev = waitFor(fd_, POLLIN | POLLERR | POLLHUP, 30000);
        logLine(op, "revents=%ld", ev);
        logLine("so_error", "%ld", soError(fd_));
    } else if (!strcmp(op, "snap")) {
        FILE* out = fopen(a1, "a");
        long long before = nowNs();
        FILE* ss = popen("ss -tanoH state all", "r");
        size_t n = ss ? fread(buf, 1, sizeof buf - 1, ss) : 0;
        if (ss) pclose(ss);
        long long after = nowNs();
        buf[n] = 0;
        fprintf(out, "@ %lld\n%s\n", ((before + after) / 2 - t0_) / 1000, buf);
        fclose(out);
    } else {
        fprintf(stderr, "peer: unknown op %s\n", op);
        exit(2);
    }
}

int main(int argc, char** argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: peer LOG T0_NS MS:OP[:ARG[:ARG]]...\n");
        return 2;
    }
    logf_ = fopen(argv[1], "w");
    if (!logf_) { perror(argv[1]); return 2; }
    t0_ = atoll(argv[2]);
    for (int i = 3; i < argc; ++i) {
        char* step = strdup(argv[i]);
        char* ms = strtok(step, ":");
        char* op = strtok(NULL, ":");
        char* a1 = strtok(NULL, ":");
        char* a2 = strtok(NULL, ":");
        if (!ms || !op) { fprintf(stderr, "peer: bad step %s\n", argv[i]); return 2; }
        sleepUntil(t0_ + atoll(ms) * 1000000LL);
        run(op, a1, a2);
        free(step);
    }
    return 0;
}
