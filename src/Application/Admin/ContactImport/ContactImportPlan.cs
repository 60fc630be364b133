namespace Portal.Application.Admin.ContactImport;

/// <summary>
/// ADM-2 bulk creation: what an uploaded contact file would create, row by row with each row's errors, or the
/// errors of the file itself (not CSV, too large, a missing column …). <see cref="Created"/> is 0 until the
/// import ran; it creates all rows or none.
/// </summary>
public sealed record ContactImportPlan(IReadOnlyList<string> FileErrors, IReadOnlyList<ContactImportRow> Rows, int Created = 0)
{
    /// <summary>The largest file taken (2 MB: 2,000 rows with room to spare).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The most contacts one file creates.</summary>
    public const int MaxRows = 2_000;

    public int RowsWithErrors => Rows.Count(r => r.Errors.Count > 0);

    public bool CanImport => FileErrors.Count == 0 && Rows.Count > 0 && RowsWithErrors == 0;

    public static ContactImportPlan Refused(string error) => new([error], []);
}

/// <summary>One record of the file as the contact it becomes; <see cref="Line"/> counts the header as 1.</summary>
public sealed record ContactImportRow(
    int Line,
    string Name,
    string Email,
    string UserId,
    IReadOnlyList<string> CustomerNumbers,
    bool IsAdmin,
    IReadOnlyList<string> Errors);
