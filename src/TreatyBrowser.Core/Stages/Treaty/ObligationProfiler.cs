using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Stages.Treaties;

/// <summary>
/// The obligation profile: for each alliance-obligation type of the ATOP codebook, whether the reports say the
/// treaty has it. The app's reading of the news, not an official coding.
/// </summary>
internal sealed class ObligationProfiler : ITreatyStage
{
    public StageData Reads => StageData.Clauses;

    public StageData Writes => StageData.Profile;

    public void Build(TreatyAnalysis treaty) => treaty.Profile = Profile(treaty.Clauses);

    private static readonly (string Type, string Label, string Description)[] Types =
    [
        ("defence", "Defence (mutual assistance)", "Each party comes to the other's military aid if it is attacked."),
        ("offence", "Offence", "The parties act together militarily against a third party."),
        ("neutrality", "Neutrality", "A party does not aid whoever attacks the other."),
        ("nonaggression", "Non-aggression", "The parties do not attack each other."),
        ("consultation", "Consultation", "The parties consult when one is threatened."),
    ];

    public static ImmutableArray<ObligationEntry> Profile(IEnumerable<Clause> clauses)
    {
        var list = clauses.ToList();
        return [.. Types.Select(t =>
        {
            var evidence = list.Where(c => c.Obligation == t.Type).ToList();
            var present = evidence.Any(c => c.Evidence.Any(e => e.Modality is Modality.Commitment or Modality.Prohibition));
            var absent = evidence.Any(c => c.Evidence.Any(e => e.Modality == Modality.Absent));
            var value = (present, absent) switch
            {
                (true, true) => ObligationValue.Disputed,
                (true, false) => ObligationValue.Present,
                (false, true) => ObligationValue.StatedAbsent,
                _ => ObligationValue.NotReported,
            };
            return new ObligationEntry(t.Type, t.Label, t.Description, value, [.. evidence.Select(c => c.Id)]);
        })];
    }
}
