using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Tests.Domain;

/// <summary>Completion by hand: four activities, A led by DOH, B led by WU, C and D reported by nobody or cancelled.</summary>
public sealed class ActivityCompletionTests
{
    private static readonly LocalDate June = new(2024, 6, 10);
    private static readonly LocalDate December = new(2024, 12, 10);

    private static readonly PlannedActivity[] Activities =
    [
        new("A", "health", new HashSet<string> { "DOH" }),
        new("B", "communication", new HashSet<string> { "WU" }),
        new("C", "communication", new HashSet<string>()),
        new("D", "health", new HashSet<string>()),
    ];

    [Test]
    public void TheLatestReport_GivesAnActivitysStatus()
    {
        var statuses = ActivityCompletion.Statuses(Activities,
        [
            new("A", "DOH", December, 2, "done"),
            new("A", "DOH", June, 9, "in-progress"),
        ]);

        Assert.That(statuses["A"], Is.EqualTo("done"), "December's report is later than June's, though filed first");
        Assert.That(statuses["C"], Is.Null, "no report speaks of C");
    }

    [Test]
    public void OnTheSameDueDate_TheLeadBodyWins_OverACoordinatingBody()
    {
        var statuses = ActivityCompletion.Statuses(Activities,
        [
            new("B", "WU", December, 1, "done"),
            new("B", "DCS", December, 2, "in-progress"),
        ]);

        Assert.That(statuses["B"], Is.EqualTo("done"));
    }

    [Test]
    public void Completion_IsDone_OverPlannedLessCancelled()
    {
        var counts = ActivityCompletion.Count(["done", "in-progress", null, "cancelled"]);

        Assert.That((counts.Planned, counts.Done, counts.InProgress, counts.NotReported, counts.Cancelled, counts.Due), Is.EqualTo((4, 1, 1, 1, 1, 3)));
        Assert.That(counts.Completion, Is.EqualTo(33.3));
    }

    [Test]
    public void WithNothingDue_CompletionIsUnknown_NotZero()
    {
        Assert.That(ActivityCompletion.Count(["cancelled"]).Completion, Is.Null);
        Assert.That(ActivityCompletion.Count([]).Completion, Is.Null);
    }

    [TestCase(200, 50, 25.0)]
    [TestCase(0, 10, null)]
    [TestCase(3, 1, 33.3)]
    public void BudgetExecution_IsSpentOverPlanned(double planned, double spent, double? expected)
    {
        Assert.That(ActivityCompletion.Execution(planned, spent), Is.EqualTo(expected));
    }
}
