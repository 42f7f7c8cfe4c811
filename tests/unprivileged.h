#pragma once
// Permission tests must bite where CI runs, and CI runs as root, whom file permissions do not
// stop. As root, this scope takes the effective user and group of "nobody" (65534) and gives root
// back when it ends (the saved set-user-ID stays 0, so seteuid(0) is allowed). Linux checks file
// access against the effective ids, so a write into a read-only folder fails inside the scope as
// it would for any user. Not root: nothing changes.
//
// The folder under test must let "nobody" in (r-x for others), or the write fails for the wrong
// reason: use openForOthers() on it.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <string>

namespace hl::test {

class UnprivilegedScope {
public:
    static constexpr uid_t kNobody = 65534;

    UnprivilegedScope() {
        if (::geteuid() != 0) return;
        // The group first: once the user is "nobody", changing the group is no longer allowed.
        EXPECT_EQ(::setegid(kNobody), 0);
        EXPECT_EQ(::seteuid(kNobody), 0);
        dropped_ = true;
    }
    ~UnprivilegedScope() {
        if (!dropped_) return;
        EXPECT_EQ(::seteuid(0), 0);
        EXPECT_EQ(::setegid(0), 0);
    }
    UnprivilegedScope(const UnprivilegedScope&) = delete;
    UnprivilegedScope& operator=(const UnprivilegedScope&) = delete;

    // r-x for group and others on a folder (and the folders above it inside /tmp are 1777 or ours).
    static void openForOthers(const std::string& dir) {
        struct stat st {};
        ASSERT_EQ(::stat(dir.c_str(), &st), 0);
        ASSERT_EQ(::chmod(dir.c_str(), (st.st_mode & 07777) | S_IRGRP | S_IXGRP | S_IROTH | S_IXOTH), 0);
    }

private:
    bool dropped_ = false;
};

} // namespace hl::test
