using Portal.Application.Common.Files;

namespace Portal.Application.Tests.Cases.Attachments;

/// <summary>CASE-8: the name a file is kept and downloaded under.</summary>
[Trait("Req", "CASE-8")]
public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("C:\\Users\\yamada\\報告書.pdf", "報告書.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("ta\u0000b\u0007.log", "tab.log")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("what?<>.txt", "what___.txt")]
    [InlineData("trailing. . ", "trailing")]
    [InlineData("   ", UploadFileName.Fallback)]
    [InlineData("...", UploadFileName.Fallback)]
    public void Path_parts_control_and_formatting_characters_are_dropped(string sent, string kept) =>
        Assert.Equal(kept, UploadFileName.Clean(sent));

    [Fact]
    public void A_long_name_keeps_its_extension()
    {
        var kept = UploadFileName.Clean(new string('あ', 300) + ".xlsx");

        Assert.Equal(255, kept.Length);
        Assert.EndsWith("あ.xlsx", kept, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invoice.pdf.exe", true)]
    [InlineData("INVOICE.PDF.EXE", true)]
    [InlineData("tool.Msi", true)]
    [InlineData("example.com.har", false)]
    [InlineData("setup.exe.zip", false)]
    [InlineData("README", false)]
    public void The_last_extension_decides_in_any_case(string name, bool blocked) =>
        Assert.Equal(blocked, UploadFileName.IsBlocked(name, AttachmentOptions.DefaultBlockedExtensions));
}
