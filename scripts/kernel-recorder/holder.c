// Holds every packet of NFQUEUE 0 for a fixed time, then accepts it: a one-way latency on a
// kernel without netem.   holder DELAY_US
// The queue is FIFO and every packet waits the same time, so verdicts go out in arrival order.
#include <arpa/inet.h>
#include <libnetfilter_queue/libnetfilter_queue.h>
#include <linux/netfilter.h>

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define kMax 4096
static struct { unsigned id; long long due; } held_[kMax];
static int head_, count_;
static long long delayNs_;

static long long nowNs(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int onPacket(struct nfq_q_handle* q, struct nfgenmsg* m, struct nfq_data* d, void* u) {
    (void)m; (void)u;
    struct nfqnl_msg_packet_hdr* h = nfq_get_msg_packet_hdr(d);
    if (!h) return 0;
    unsigned id = ntohl(h->packet_id);
    if (count_ == kMax) return nfq_set_verdict(q, id, NF_ACCEPT, 0, NULL); // never lose one
    int slot = (head_ + count_) % kMax;
    held_[slot].id = id;
    held_[slot].due = nowNs() + delayNs_;
    count_++;
    return 0;
}

int main(int argc, char** argv) {
    if (argc != 2) { fprintf(stderr, "usage: holder DELAY_US\n"); return 2; }
    delayNs_ = atoll(argv[1]) * 1000LL;
    struct nfq_handle* h = nfq_open();
    if (!h) { perror("nfq_open"); return 1; }
    struct nfq_q_handle* q = nfq_create_queue(h, 0, onPacket, NULL);
    if (!q) { perror("nfq_create_queue"); return 1; }
    nfq_set_mode(q, NFQNL_COPY_META, 0);
    int fd = nfq_fd(h);
    static char buf[65536];
    fprintf(stderr, "holder: ready\n");
    for (;;) {
        int timeout = 1000;
        if (count_) {
            long long wait = held_[head_].due - nowNs();
            timeout = wait <= 0 ? 0 : (int)((wait + 999999) / 1000000);
            if (wait > 0 && wait < 1000000) timeout = 1;
        }
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, timeout) > 0) {
            int n = (int)recv(fd, buf, sizeof buf, 0);
            if (n >= 0) nfq_handle_packet(h, buf, n);
        }
        long long now = nowNs();
        while (count_ && held_[head_].due <= now) {
            nfq_set_verdict(q, held_[head_].id, NF_ACCEPT, 0, NULL);
            head_ = (head_ + 1) % kMax;
            count_--;
        }
    }
}
