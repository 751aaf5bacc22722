using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>What a sentence says of a provision, and the words that decided it ("will not", "expected to").</summary>
/// <param name="Modality">Commitment, prohibition, absence, claim or related.</param>
/// <param name="CueStart">Where the deciding cue starts when it opens the provision's phrase ("will not support"), else -1.</param>
/// <param name="Cue">The deciding words as written, or null when nothing but the statement itself decided (a commitment).</param>
internal readonly record struct ModalityReading(Modality Modality, int CueStart, string? Cue);
