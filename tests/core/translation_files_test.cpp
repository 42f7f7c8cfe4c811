// The Qt Linguist files in translations/: every entry finished, none obsolete, and each
// translation keeps the placeholders of its source (a lost "%2" would drop a number from the
// narration). Plain text checks, no Qt: the files are XML written by lupdate.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Message {
    std::string source;
    std::string translation; // all numerus forms concatenated
    bool numerus = false;
    std::string type; // translation type attribute: "", "unfinished", "obsolete", "vanished"
};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string unescape(std::string s) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&apos;", "'"}, {"&quot;", "\""}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + 1))
            s.replace(p, std::strlen(from), to);
    return s;
}

std::vector<Message> readTs(const std::string& path) {
    const std::string text = readFile(path);
    std::vector<Message> out;
    const std::regex message(R"re(<message( numerus="yes")?>([\s\S]*?)</message>)re");
    const std::regex source(R"(<source>([\s\S]*?)</source>)");
    const std::regex translation(
        R"re(<translation( type="(\w+)")?>([\s\S]*?)</translation>|<translation( type="(\w+)")?/>)re");
    for (std::sregex_iterator it(text.begin(), text.end(), message), end; it != end; ++it) {
        Message m;
        m.numerus = (*it)[1].matched;
        const std::string body = (*it)[2];
        std::smatch sm;
        if (std::regex_search(body, sm, source)) m.source = unescape(sm[1]);
        if (std::regex_search(body, sm, translation)) {
            m.type = sm[2].matched ? std::string(sm[2]) : std::string(sm[5]);
            m.translation = unescape(std::regex_replace(std::string(sm[3]), std::regex(R"(</?numerusform>|\s{2,})"), ""));
        }
        out.push_back(m);
    }
    return out;
}

std::set<std::string> placeholders(const std::string& s) {
    std::set<std::string> out;
    const std::regex ph(R"(%(\d|n))");
    for (std::sregex_iterator it(s.begin(), s.end(), ph), end; it != end; ++it) out.insert((*it)[0]);
    return out;
}

void checkFile(const std::string& name) {
    const auto messages = readTs(std::string(HL_SOURCE_DIR) + "/translations/" + name);
    ASSERT_FALSE(messages.empty()) << name;
    for (const auto& m : messages) {
        EXPECT_NE(m.type, "unfinished") << name << ": " << m.source;
        EXPECT_NE(m.type, "obsolete") << name << ": " << m.source;
        EXPECT_NE(m.type, "vanished") << name << ": " << m.source;
        EXPECT_FALSE(m.translation.empty()) << name << ": " << m.source;
        EXPECT_EQ(placeholders(m.translation), placeholders(m.source))
            << name << ": " << m.source << " -> " << m.translation;
    }
}

TEST(TranslationFiles, KoreanIsCompleteAndKeepsPlaceholders) { checkFile("handshakelab_ko.ts"); }
TEST(TranslationFiles, EnglishIsCompleteAndKeepsPlaceholders) { checkFile("handshakelab_en.ts"); }

} // namespace
