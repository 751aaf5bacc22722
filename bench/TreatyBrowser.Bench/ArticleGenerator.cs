using System.Globalization;
using System.Text;

namespace TreatyBrowser.Bench;

/// <summary>
/// Writes synthetic but realistic treaty articles: a dateline, dated events, provisions of several categories in
/// varied wording, an absence, context sentences, a subheading; about 15 sentences each. Articles about the same
/// treaty repeat its provisions in other words, as real coverage does. Deterministic for a given count.
/// </summary>
internal static class ArticleGenerator
{
    private static readonly (string Name, string Adjective, string Capital)[] States =
    [
        ("Estonia", "Estonian", "Tallinn"), ("Finland", "Finnish", "Helsinki"), ("Chile", "Chilean", "Santiago"),
        ("Vietnam", "Vietnamese", "Hanoi"), ("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
        ("Mongolia", "Mongolian", "Ulaanbaatar"), ("Kazakhstan", "Kazakh", "Astana"), ("Norway", "Norwegian", "Oslo"),
        ("Portugal", "Portuguese", "Lisbon"), ("Morocco", "Moroccan", "Rabat"), ("Oman", "Omani", "Muscat"),
        ("Indonesia", "Indonesian", "Jakarta"), ("Brazil", "Brazilian", "Brasilia"), ("Greece", "Greek", "Athens"),
        ("Serbia", "Serbian", "Belgrade"), ("Thailand", "Thai", "Bangkok"), ("Jordan", "Jordanian", "Amman"),
    ];

    private static readonly string[] Outlets = ["Harbour Post", "Northern Ledger", "Evening Dispatch", "Steppe Courier", "Pacific Trade Review", "Island Courier"];

    private static readonly string[] Kinds = ["Strategic Partnership", "Defence Cooperation", "Economic Partnership", "Security"];

    private static readonly string[] Provisions =
    [
        "work together against common military threats", "collaborate to address shared military threats",
        "develop their military-technical cooperation", "expand military-technical collaboration",
        "take part in joint exercises", "hold joint naval drills every summer", "stage annual drills near the border",
        "exchange intelligence on regional threats", "share information on terrorist groups",
        "cooperate on counter-terrorism", "fight cyber attacks on government networks",
        "link their national payment systems", "reinforce direct interbank partnerships",
        "settle trade in national currencies", "cut tariffs on farm goods", "double bilateral trade by 2030",
        "invest jointly in a new port", "build a north-south transport corridor", "expand oil and gas supplies",
    ];

    private static readonly string[] Context =
    [
        "Critics in {0} accused the government of secrecy over the talks.",
        "Officials in {1} denied reports of a secret annex.",
        "Analysts said the deal reflected years of quiet diplomacy.",
        "Markets in the region were calm after the announcement.",
        "The foreign minister said his country had nothing to hide.",
        "Opposition politicians criticised the speed of the vote.",
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> and returns their total size in bytes.</summary>
    public static long Write(int count, string folder)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(20250521);
        var treaties = Math.Max(1, count / 5);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var text = Article(random, i % treaties, i);
            File.WriteAllText(Path.Combine(folder, $"article-{i:00000}.txt"), text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    /// <summary>One article about treaty number <paramref name="treaty"/>.</summary>
    public static string Article(Random random, int treaty, int index)
    {
        var a = States[treaty % States.Length];
        var b = States[(treaty * 7 + 3) % States.Length];
        if (a == b)
        {
            b = States[(treaty + 1) % States.Length];
        }

        var kind = Kinds[treaty % Kinds.Length];
        var term = 10 + (treaty % 4) * 5;
        var published = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 1800));
        var s = new StringBuilder();
        s.Append($"---\noutlet: {Outlets[index % Outlets.Length]}\npublished: {published:yyyy-MM-dd}\n");
        s.Append($"treaty: \"{a.Name}–{b.Name} {kind} Treaty\"\nparties: [{a.Name}, {b.Name}]\n---\n");
        s.Append($"{a.Capital} ({Outlets[index % Outlets.Length]}) – {a.Name} and {b.Name} signed a {term}-year {kind.ToLowerInvariant()} treaty on {Weekdays[random.Next(Weekdays.Length)]}. ");
        s.Append("The agreement marks a new stage in relations between the two states.\n");
        s.Append($"Under the text, both countries will {Pick(random)}, {Pick(random)}, and {Pick(random)}.\n");
        s.Append(random.Next(3) == 0
            ? "An armed attack on one party shall be considered an attack on both. "
            : "While the agreement does not include a mutual defence clause, it says neither side will support an aggressor. ");
        s.Append($"{string.Format(CultureInfo.InvariantCulture, Context[random.Next(Context.Length)], a.Capital, b.Capital)}\n");
        s.Append($"{a.Name}'s parliament ratified the pact in {Months[random.Next(12)]}. The {b.Adjective} legislature approved it last week.\n");
        s.Append("What does the treaty change?\n");
        s.Append($"According to the agreement, the two nations will {Pick(random)} and will {Pick(random)}. ");
        s.Append("Both countries will not permit their territory to be used against the other's stability and territorial integrity.\n");
        s.Append($"{string.Format(CultureInfo.InvariantCulture, Context[random.Next(Context.Length)], b.Capital, a.Capital)} ");
        s.Append($"Trade between the two countries rose by {random.Next(2, 19)}.{random.Next(10)} percent in {published.Year - 1}.\n");
        s.Append($"A separate free trade agreement between {a.Name} and {States[(treaty + 5) % States.Length].Name} took effect earlier this year, cutting tariffs on machinery. ");
        s.Append($"The leaders will meet again on {Weekdays[random.Next(Weekdays.Length)]} to discuss {Pick(random).Replace("their ", "", StringComparison.Ordinal)}.\n");
        s.Append($"The treaty runs for {term} years and may be extended by mutual consent.");
        return s.ToString();
    }

    private static string Pick(Random random) => Provisions[random.Next(Provisions.Length)];
}
