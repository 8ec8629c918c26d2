using Reserve.Sdk.Rules;

namespace Reserve.Projects.Web.Explanations;

/// <summary>How far a rule's source is checked, as one plain word for a clerk and a sentence on hover.</summary>
public static class ConfidenceWords
{
    public static (string Word, string Hint, string Css) Of(Confidence confidence, bool appliedByInference) =>
        appliedByInference
            ? ("待核实", "本渠道的申报通知未取得，此条参照国家同类渠道的规定推定适用；不符合时结论为“待核实”，须对照当年申报通知核实", "c-check")
            : confidence switch
            {
                Confidence.Sourced => ("有出处", "条件摘自所列政策文件原文", "c-sourced"),
                Confidence.CommonlyKnown => ("通行做法", "各地申报普遍采用的做法，尚未与正式文件原文逐字核对", "c-common"),
                _ => ("待核实", "出处尚未核实；不符合时结论为“待核实”，不作为不符合的依据，须对照当年申报通知核实", "c-check"),
            };
}
