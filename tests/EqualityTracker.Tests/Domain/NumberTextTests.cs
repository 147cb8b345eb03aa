using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

public sealed class NumberTextTests
{
    [TestCase("12", false, 12)]
    [TestCase("12.5", false, 12.5)]
    [TestCase("-3", false, -3)]
    [TestCase(" 1 234.5 ", false, 1234.5)]
    [TestCase("12,5", true, 12.5)]
    [TestCase("1.234,5", true, 1234.5)]
    [TestCase("1.234.567", true, 1234567)]
    [TestCase("1\u00A0234,5", true, 1234.5)]
    public void TryParse_ReadsTheNumber(string text, bool decimalComma, double expected)
    {
        Assert.That(NumberText.TryParse(text, decimalComma, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("", false)]
    [TestCase("abc", false)]
    [TestCase("12,5", false)]
    [TestCase("1e5", false)]
    [TestCase("12.5", true)]
    [TestCase("1.23,4", true)]
    [TestCase("1,2,3", true)]
    public void TryParse_RefusesWhatIsNotANumberInThatStyle(string text, bool decimalComma)
    {
        Assert.That(NumberText.TryParse(text, decimalComma, out _), Is.False);
    }

    [TestCase(0.1)]
    [TestCase(111.27659574468085)]
    [TestCase(1e-7)]
    [TestCase(-2.5e-12)]
    [TestCase(1.5e22)]
    public void Format_ReadsBackExactly(double value)
    {
        Assert.That(NumberText.TryParse(NumberText.Format(value), false, out var back), Is.True);
        Assert.That(back, Is.EqualTo(value));
    }
}
