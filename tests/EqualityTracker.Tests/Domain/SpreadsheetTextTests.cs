using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

public sealed class SpreadsheetTextTests
{
    [TestCase("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [TestCase("+1+2", "'+1+2")]
    [TestCase("-A1", "'-A1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\t=1", "'\t=1")]
    [TestCase("\r=1", "'\r=1")]
    public void Safe_TextStartingLikeAFormula_GetsALeadingQuote(string cell, string written)
    {
        Assert.That(SpreadsheetText.Safe(cell), Is.EqualTo(written));
    }

    [TestCase("-1.2")]
    [TestCase("-2")]
    [TestCase("110.5")]
    [TestCase("Sở Y tế")]
    [TestCase("")]
    public void Safe_NumbersAndPlainText_StayAsTheyAre(string cell)
    {
        Assert.That(SpreadsheetText.Safe(cell), Is.EqualTo(cell));
    }

    [TestCase("=HYPERLINK(\"x\")")]
    [TestCase("@me")]
    [TestCase("'quoted by hand")]
    [TestCase("-2")]
    public void Unescape_OfSafe_GivesTheTextBack(string text)
    {
        Assert.That(SpreadsheetText.Unescape(SpreadsheetText.Safe(text)), Is.EqualTo(text));
    }
}
