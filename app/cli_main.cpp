#include <cstdio>

int main() {
    std::puts("handshakelab-cli: not yet");
    return 0;
}
