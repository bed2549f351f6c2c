#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace capex {

/// One preset of the `cost_curve` parameter: the annual decline of the price of AI work at
/// fixed capability (docs/model.md, "Cost-curve presets").
struct CostCurvePreset
{
    std::string id;
    std::optional<double> annualDecline; ///< none for `derived`, computed from hw_gain and algo_gain
    std::string nameEn;
    std::string nameZh;
    std::string sourceEn;
    std::string sourceZh;
};

/// The presets of the specification: ark_training 0.75, ark_inference 0.86 (the default),
/// a16z_llmflation 0.90, epoch_inference_gpt4 0.975 and derived.
class CostCurvePresets
{
public:
    static constexpr std::string_view defaultId = "ark_inference";
    static constexpr std::string_view derivedId = "derived";

    static const std::vector<CostCurvePreset> &presets();
    static const CostCurvePreset *preset(std::string_view id);

    /// `derived`: cost_decline = 1 − 1/(hw_gain · algo_gain). Hardware price-performance and
    /// algorithmic efficiency multiply (Epoch; Ho et al. 2024); with 1.35 and 2.8 it is 0.7354,
    /// close to ARK's training figure of 0.75.
    static double derivedDecline(double hwGain, double algoGain) { return 1.0 - 1.0 / (hwGain * algoGain); }

    /// The decline a preset implies: its fixed value, or the derived one.
    static double decline(const CostCurvePreset &preset, double hwGain, double algoGain)
    {
        return preset.annualDecline ? *preset.annualDecline : derivedDecline(hwGain, algoGain);
    }
};

} // namespace capex
