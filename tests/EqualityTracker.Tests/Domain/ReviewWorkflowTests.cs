using EqualityTracker.Api.Domain;
using NodaTime;
using NodaTime.Testing;

namespace EqualityTracker.Tests.Domain;

public sealed class ReviewWorkflowTests
{
    [Test]
    public void Transitions_MoveValuesAsTheCoordinatorsRulesSay()
    {
        Assert.That((ReviewWorkflow.Submit.From, ReviewWorkflow.Submit.To), Is.EqualTo((new[] { "draft", "returned" }, "submitted")));
        Assert.That((ReviewWorkflow.Approve.From, ReviewWorkflow.Approve.To), Is.EqualTo((new[] { "submitted" }, "approved")));
        Assert.That((ReviewWorkflow.Return.From, ReviewWorkflow.Return.To), Is.EqualTo((new[] { "submitted" }, "returned")));
        Assert.That((ReviewWorkflow.Reopen.From, ReviewWorkflow.Reopen.To), Is.EqualTo((new[] { "approved", "submitted" }, "draft")));
    }

    [Test]
    public void EveryTransition_StartsAndEndsInAKnownState()
    {
        foreach (var transition in new[] { ReviewWorkflow.Submit, ReviewWorkflow.Approve, ReviewWorkflow.Return, ReviewWorkflow.Reopen })
        {
            Assert.That(transition.From.Append(transition.To), Is.SubsetOf(ReviewStates.All), transition.Name);
            Assert.That(transition.From, Does.Not.Contain(transition.To), transition.Name);
        }
    }

    [TestCase(null, true)]
    [TestCase("draft", true)]
    [TestCase("returned", true)]
    [TestCase("submitted", false)]
    [TestCase("approved", false)]
    public void ADepartment_MayEditOnlyWhatIsNotReported(string? state, bool mayEdit)
    {
        Assert.That(ReviewWorkflow.DepartmentMayEdit(state), Is.EqualTo(mayEdit));
        Assert.That(ReviewWorkflow.IsReported(state), Is.EqualTo(state is "submitted" or "approved"));
    }

    [TestCase(true, "draft")]
    [TestCase(false, "approved")]
    public void AWrite_ByADepartmentIsADraft_ByAnyoneElseOfficial(bool byDepartment, string state)
    {
        Assert.That(ReviewWorkflow.StateOfAWrite(byDepartment), Is.EqualTo(state));
    }

    [Test]
    public void APeriod_LocksTheDayAfterItsLockDateInVietNam_UnlessReopened()
    {
        // Due 10 December 2025, locked after 15 days: the 25th is the last open day, until midnight in Viet Nam (UTC+7).
        var lockDate = ReportingCalendar.LockDate(new LocalDate(2025, 12, 10), 15);
        var lastMinute = new FakeClock(Instant.FromUtc(2025, 12, 25, 16, 59));
        var firstMinute = new FakeClock(Instant.FromUtc(2025, 12, 25, 17, 0));

        Assert.That(ReviewWorkflow.IsLocked(lockDate, lastMinute.GetCurrentInstant(), reopened: false), Is.False);
        Assert.That(ReviewWorkflow.IsLocked(lockDate, firstMinute.GetCurrentInstant(), reopened: false), Is.True);
        Assert.That(ReviewWorkflow.IsLocked(lockDate, firstMinute.GetCurrentInstant(), reopened: true), Is.False);
        Assert.That(ReviewWorkflow.IsLocked(null, firstMinute.GetCurrentInstant(), reopened: false), Is.False, "a period with no deadline never locks");
    }

    [Test]
    public void ASubmission_IsOnTimeUntilTheEndOfItsDueDateInVietNam()
    {
        var due = new LocalDate(2025, 12, 10);

        Assert.That(ReviewWorkflow.OnTime(Instant.FromUtc(2025, 12, 10, 16, 59), due), Is.True);
        Assert.That(ReviewWorkflow.OnTime(Instant.FromUtc(2025, 12, 10, 17, 0), due), Is.False);
        Assert.That(ReviewWorkflow.OnTime(Instant.FromUtc(2030, 1, 1, 0, 0), null), Is.True);
    }
}
