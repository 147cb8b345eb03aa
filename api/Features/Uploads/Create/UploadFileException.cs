namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>The file cannot be read as a table: empty, corrupt, or beyond a limit.</summary>
public sealed class UploadFileException(int? row, string? column, string rule, string messageVi, string messageEn)
    : Exception($"{rule}: {messageEn}")
{
    public int? Row => row;
    public string? Column => column;
    public string Rule => rule;
    public string MessageVi => messageVi;
    public string MessageEn => messageEn;
}
