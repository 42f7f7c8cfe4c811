#pragma once
// The work one run may do (docs/lesson-format.md, "Work budget"). A valid lesson can still ask
// for unbounded work: segments that are copied faster than they arrive, two ends that answer
// each other's ACKs for ever at one instant, a gigabyte sent in one-byte segments. The
// simulation stops such a run cleanly when it reaches a limit: it records a note (Reason
// budget.*) and keeps the trace so far, with the limit and the likely cause in Trace::stop.
// The numbers are chosen so that a stopped run stays under about 300 MB.
#include <cstdint>

namespace hl {

struct Scenario;
struct Trace;

struct WorkBudget {
    uint64_t maxEvents = 1'000'000; // trace events (about 200 bytes each with segments and TCBs)
    uint64_t maxInFlight = 100'000; // segment copies sent and not yet delivered or lost
    // Events at one simulated instant ("time standing still"): well above the burst of a full
    // retransmission queue arriving at once (kMaxQueuedSegments segments, about 5 events each).
    uint64_t maxStillEvents = 50'000;
};

// The default budget: the one a lesson file is checked against and the CLI and the app run with.
inline constexpr WorkBudget kDefaultBudget{};

// A host keeps at most this many segments on its retransmission queue: new data waits for ACKs
// beyond it (like a congestion window clamp), so the queue's memory is bounded whatever the
// window and the MSS allow.
inline constexpr uint32_t kMaxQueuedSegments = 4'096;

enum class BudgetLimit : uint8_t { Events, InFlight, TimeStill };

// What the last segments before the stop suggest is going on.
enum class StopCause : uint8_t {
    Unknown,
    AckStorm,      // both ends keep sending pure ACKs to each other
    DuplicateLoop, // most segments arrive more than once (a duplicate fault on every segment)
    BulkData,      // the lesson sends more data than the budget can show
};

struct BudgetStop {
    BudgetLimit limit = BudgetLimit::Events;
    StopCause cause = StopCause::Unknown;
    uint64_t limitValue = 0; // the limit that was reached, e.g. 1000000 events
    bool operator==(const BudgetStop&) const = default;
};

// Looks at the last segments of a trace to name the likely cause of a stop.
StopCause likelyStopCause(const Trace& trace);

// --- Predictable cost (check warns, run refuses) ----------------------------------------------

// Load lessons: the whole run, both sides, may send at most this many segments. A load run has no
// partial trace worth showing, so the CLI and the app refuse a lesson whose estimate is higher
// and the simulation stops at it should the estimate be wrong.
inline constexpr uint64_t kMaxLoadSegments = 50'000'000;

struct CostEstimate {
    uint64_t dataSegments = 0; // segments needed to carry the lesson's data (no loss, no ACKs)
    uint64_t loadSegments = 0; // load lessons: every connection's segments, both sides
};

CostEstimate estimateCost(const Scenario& scenario);

// True when the estimate alone shows that the run will be stopped by the budget (each data
// segment costs at least its send, its arrival and an ACK's send and arrival: 4 events).
bool exceedsEventBudget(const CostEstimate& cost, const WorkBudget& budget = kDefaultBudget);
bool exceedsLoadBudget(const CostEstimate& cost);

} // namespace hl
