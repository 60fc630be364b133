using Portal.Domain.Common;
using Portal.Domain.Tests.Builders;
using Portal.Domain.WorkRequests;

namespace Portal.Domain.Tests.WorkRequests;

/// <summary>WR-1: a request type's form is data: its definition is checked, answers are checked against it and kept as sent.</summary>
[Trait("Req", "WR-1")]
public class RequestFormTests
{
    private static readonly RequestForm Form = RequestForm.Define([
        new("name", FormFieldKind.Text, "社名", "Company name", Required: true, MaxLength: 10),
        new("detail", FormFieldKind.MultiLine, "詳細", "Details"),
        new("count", FormFieldKind.Number, "台数", "Devices", Min: 1, Max: 500),
        new("from", FormFieldKind.Date, "開始日", "Start"),
        new("plan", FormFieldKind.Choice, "プラン", "Plan", Choices: [new("std", "標準", "Standard"), new("pro", "上位", "Premium")]),
        new("target", FormFieldKind.CustomerNumber, "移行先", "Move to"),
        new("sheet", FormFieldKind.File, "設定シート", "Sheet", Required: true),
    ]);

    private static readonly HashSet<string> Numbers = ["N202400001"];

    private static List<string> Errors(params (string Field, string Value)[] values) =>
        Form.Check(values.ToDictionary(v => v.Field, v => (string?)v.Value), Numbers, new Dictionary<string, int> { ["sheet"] = 1 })
            .Select(e => $"{e.Field}:{e.Code}").ToList();

    [Fact]
    public void Valid_answers_of_every_kind_pass()
    {
        Assert.Empty(Errors(("name", "新社名"), ("detail", "1 行目\n2 行目"), ("count", "500"), ("from", "2026-12-24"), ("plan", "pro"), ("target", "N202400001")));
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "name", "", "name:RequestForm.Required" },
        { "name", "12345678901", "name:RequestForm.TooLong" },
        { "name", "一行目\n二行目", "name:RequestForm.OneLine" },
        { "count", "十", "name:RequestForm.Required|count:RequestForm.NotNumber" },
        { "count", "0", "name:RequestForm.Required|count:RequestForm.OutOfRange" },
        { "count", "501", "name:RequestForm.Required|count:RequestForm.OutOfRange" },
        { "from", "2026/12/24", "name:RequestForm.Required|from:RequestForm.NotDate" },
        { "from", "2026-02-30", "name:RequestForm.Required|from:RequestForm.NotDate" },
        { "plan", "gold", "name:RequestForm.Required|plan:RequestForm.UnknownChoice" },
        { "target", "N202400011", "name:RequestForm.Required|target:RequestForm.UnknownNumber" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_kind_refuses_what_it_cannot_take(string field, string value, string expected)
    {
        var values = new List<(string, string)> { (field, value) };

        Assert.Equal(expected, string.Join("|", Errors([.. values])));
    }

    [Fact]
    public void A_required_file_field_without_a_file_is_refused()
    {
        var errors = Form.Check(new Dictionary<string, string?> { ["name"] = "A" }, Numbers, new Dictionary<string, int>());

        Assert.Equal(("sheet", "RequestForm.FileRequired"), (Assert.Single(errors).Field, Assert.Single(errors).Code));
    }

    [Fact]
    public void A_definition_round_trips_through_its_json()
    {
        var again = RequestForm.Parse(Form.ToJson());

        Assert.Equal(Form.Fields.Select(f => (f.Name, f.Kind, f.LabelJa, f.Required, f.Min, f.Max)), again.Fields.Select(f => (f.Name, f.Kind, f.LabelJa, f.Required, f.Min, f.Max)));
        Assert.Equal(["std", "pro"], again.Fields.Single(f => f.Kind == FormFieldKind.Choice).Choices!.Select(c => c.Value));
    }

    public static TheoryData<string, FormField[]> BadDefinitions() => new()
    {
        { "RequestForm.FieldName", [new("1st", FormFieldKind.Text, "名前", null)] },
        { "RequestForm.RepeatedName", [new("a", FormFieldKind.Text, "A", null), new("A", FormFieldKind.Number, "B", null)] },
        { "RequestForm.NoChoices", [new("plan", FormFieldKind.Choice, "プラン", null)] },
        { "RequestForm.RepeatedChoice", [new("plan", FormFieldKind.Choice, "プラン", null, Choices: [new("a", "A", null), new("a", "B", null)])] },
        { "RequestForm.Range", [new("n", FormFieldKind.Number, "数", null, Min: 5, Max: 1)] },
        { "Value.Required", [new("n", FormFieldKind.Text, " ", null)] },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public void A_broken_definition_is_refused(string code, FormField[] fields)
    {
        Assert.Equal(code, A.Refusal(() => RequestForm.Define(fields)).Code);
    }

    [Fact]
    public void More_than_thirty_fields_are_refused()
    {
        var fields = Enumerable.Range(1, 31).Select(i => new FormField($"f{i}", FormFieldKind.Text, $"項目{i}", null));

        Assert.Equal("RequestForm.TooManyFields", A.Refusal(() => RequestForm.Define(fields)).Code);
    }

    [Fact, Trait("Req", "WR-2")]
    public void A_request_keeps_its_answers_as_sent_after_the_type_is_edited_and_retired()
    {
        var type = WorkRequestType.Create("05", "05.プラン変更", "05. Plan change", Form, 5);
        var answers = type.Form.Answer(new Dictionary<string, string?> { ["name"] = "新社名", ["plan"] = "pro", ["count"] = "12" },
            new Dictionary<string, IReadOnlyList<string>> { ["sheet"] = ["plan.xlsx"] });
        var request = WorkRequest.Submit("WR0000005", ACase.Account, type, ACase.Contact, answers, A.Now);

        type.Edit("05.プラン変更 (新)", "05. Plan change (new)", null, null, RequestForm.Define([new("other", FormFieldKind.Text, "別の項目", null)]), 5);
        type.Deactivate();

        var kept = request.Answers.ToDictionary(a => a.Name);
        Assert.Equal(("プラン", "上位", "Premium"), (kept["plan"].Label.Japanese, kept["plan"].Value.Japanese, kept["plan"].Value.In(Language.English)));
        Assert.Equal(("社名", "新社名"), (kept["name"].Label.Japanese, kept["name"].Value.Japanese));
        Assert.Equal(("12", "plan.xlsx"), (kept["count"].Value.Japanese, kept["sheet"].Value.Japanese));
        Assert.Equal("WorkRequest.TypeInactive", A.Refusal(() => WorkRequest.Submit("WR0000006", ACase.Account, type, ACase.Contact, answers, A.Now)).Code);
    }
}
