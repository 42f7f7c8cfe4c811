#pragma once
// Registers the factories of HandshakeLab's own accessible interfaces (issue 21): the sequence
// diagram, the state machine, the state boxes and the step announcer. Idempotent; each of those
// widgets calls it when constructed, so tests that build one alone get its interface too.
namespace hl::ui {

void installAccessibleFactories();

} // namespace hl::ui
