using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

/// <summary>Outputs achieved beyond the planned ones: whole counts, women and men only where the unit counts people, F + M ≤ total.</summary>
public sealed class AchievedOutputsTests
{
    [TestCase(40, 25.0, 15.0)]
    [TestCase(40, 25.0, 12.0)]
    [TestCase(40, 25.0, null)]
    [TestCase(40, null, null)]
    [TestCase(0, 0.0, 0.0)]
    public void TraineesBySex_UpToTheTotal_AreAccepted(double total, double? female, double? male)
    {
        Assert.That(AchievedOutputs.Problems(new AchievedOutput("person", "học viên tập huấn", total, female, male)), Is.Empty);
    }

    [Test]
    public void WomenAndMen_MoreThanTheTotal_AreRefused()
    {
        var problems = AchievedOutputs.Problems(new AchievedOutput("person", "học viên", 40, 30, 15));

        Assert.That(problems.Single().En, Does.Contain("exceeds the total"));
    }

    [Test]
    public void ByUnitsThatDoNotCountPeople_NoSexIsGiven()
    {
        Assert.That(AchievedOutputs.Problems(new AchievedOutput("class", "lớp tập huấn", 3, null, null)), Is.Empty);
        Assert.That(AchievedOutputs.Problems(new AchievedOutput("class", "lớp tập huấn", 3, 2, 1)).Single().En, Does.Contain("does not count people"));
    }

    [TestCase(-1, null, null, "total")]
    [TestCase(2.5, null, null, "total")]
    [TestCase(10, 3.5, null, "female")]
    [TestCase(10, null, -2.0, "male")]
    [TestCase(20_000_000, null, null, "total")]
    public void CountsAreWholeNonNegativeNumbers(double total, double? female, double? male, string field)
    {
        var problems = AchievedOutputs.Problems(new AchievedOutput("person", "học viên", total, female, male));

        Assert.That(problems.Select(p => p.En), Has.Some.StartsWith($"{field} must be a whole number"));
    }

    [TestCase("", "description is required.")]
    [TestCase("   ", "description is required.")]
    public void ADescriptionIsRequired(string description, string expected)
    {
        Assert.That(AchievedOutputs.Problems(new AchievedOutput("event", description, 1, null, null)).Single().En, Is.EqualTo(expected));
    }

    [Test]
    public void AnUnknownUnit_IsRefused()
    {
        Assert.That(AchievedOutputs.Problems(new AchievedOutput("trainee", "học viên", 1, null, null)).Single().En, Does.StartWith("unit 'trainee' is not one of"));
    }

    [Test]
    public void WhatWomenAndMenLeave_IsPeopleWhoseSexWasNotRecorded()
    {
        Assert.That(AchievedOutputs.NotRecorded(new AchievedOutput("person", "học viên", 40, 25, 12)), Is.EqualTo(3));
        Assert.That(AchievedOutputs.NotRecorded(new AchievedOutput("class", "lớp", 4, null, null)), Is.Null);
    }
}
