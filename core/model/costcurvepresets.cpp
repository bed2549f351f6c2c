#include "costcurvepresets.h"

#include <algorithm>

namespace capex {

const std::vector<CostCurvePreset> &CostCurvePresets::presets()
{
    static const std::vector<CostCurvePreset> list = {
        {"ark_training", 0.75, "ARK: training cost −75%/yr", "ARK：训练成本每年−75%", "ARK Invest, Big Ideas 2024",
            "ARK Invest《Big Ideas 2024》"},
        {"ark_inference", 0.86, "ARK: inference cost −86%/yr (as quoted)", "ARK：推理成本每年−86%（转引）",
            "ARK Invest as quoted in seed article 000 (乌鸦智能说, 2025)",
            "ARK Invest，转引自种子文章000（乌鸦智能说，2025年）"},
        {"a16z_llmflation", 0.90, "a16z LLMflation: 10× cheaper a year", "a16z LLMflation：每年便宜10倍",
            "a16z, Guido Appenzeller, \"Welcome to LLMflation\", 2024-11-12",
            "a16z，Guido Appenzeller，《Welcome to LLMflation》，2024-11-12"},
        {"epoch_inference_gpt4", 0.975, "Epoch: GPT-4-level inference 40× cheaper a year",
            "Epoch：GPT-4级推理每年便宜40倍", "Epoch AI data insight on LLM inference prices, 2025-03-12",
            "Epoch AI关于大模型推理价格的数据洞察，2025-03-12"},
        {"derived", std::nullopt, "Derived: 1 − 1/(hw_gain × algo_gain)", "推导：1 − 1/(硬件增益 × 算法增益)",
            "Epoch, Trends in GPU price-performance; Ho et al. 2024, arXiv 2403.05812",
            "Epoch《GPU性价比趋势》；Ho等2024，arXiv 2403.05812"},
    };
    return list;
}

const CostCurvePreset *CostCurvePresets::preset(std::string_view id)
{
    const auto &list = presets();
    auto it = std::find_if(list.begin(), list.end(), [id](const CostCurvePreset &p) { return p.id == id; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace capex
