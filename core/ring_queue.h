#pragma once
// A FIFO on one growing ring buffer: push and pop never allocate once the ring is big enough
// (std::deque allocates and frees a block every few elements).
#include <cstddef>
#include <utility>
#include <vector>

namespace hl {

template <class T>
class RingQueue {
public:
    bool empty() const { return size_ == 0; }
    size_t size() const { return size_; }
    const T& front() const { return buf_[head_]; }
    void push(const T& v) {
        if (size_ == buf_.size()) grow();
        buf_[(head_ + size_) & (buf_.size() - 1)] = v;
        ++size_;
    }
    void pop() {
        head_ = (head_ + 1) & (buf_.size() - 1);
        --size_;
    }

private:
    void grow() { // keeps the capacity a power of two, so wrapping is a mask
        std::vector<T> bigger(buf_.empty() ? 64 : buf_.size() * 2);
        for (size_t i = 0; i < size_; ++i) bigger[i] = std::move(buf_[(head_ + i) & (buf_.size() - 1)]);
        buf_ = std::move(bigger);
        head_ = 0;
    }
    std::vector<T> buf_;
    size_t head_ = 0;
    size_t size_ = 0;
};

} // namespace hl
