<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>capex::app</name>
    <message>
        <source>Try &apos;capexlens --help&apos;.</source>
        <translation>请运行 &apos;capexlens --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>--format must be json or csv, not “%1”</source>
        <translation>--format 只能是 json 或 csv，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>unknown preset “%1”; &apos;capexlens scenario presets&apos; lists them</source>
        <translation>未知预设“%1”；&apos;capexlens scenario presets&apos; 可列出全部预设</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>--set takes name=value, not “%1”</source>
        <translation>--set 的格式为 名称=取值，而不是“%1”</translation>
    </message>
    <message>
        <source>every observation with its source</source>
        <translation>导出全部观测值及其来源</translation>
    </message>
    <message>
        <source>the model&apos;s projection, year by year</source>
        <translation>逐年输出模型推演结果</translation>
    </message>
    <message>
        <source>the built-in scenarios</source>
        <translation>列出内置情景</translation>
    </message>
    <message>
        <source>the database (default: $CAPEXLENS_DB, else ~/.local/share/CapexLens/capexlens.db)</source>
        <translation>数据库（默认：$CAPEXLENS_DB，否则 ~/.local/share/CapexLens/capexlens.db）</translation>
    </message>
    <message>
        <source>the language of the interface and of the output</source>
        <translation>界面与输出的语言</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>显示本说明</translation>
    </message>
    <message>
        <source>the program&apos;s and the dataset&apos;s versions</source>
        <translation>显示程序与数据集版本</translation>
    </message>
    <message>
        <source>Usage: capexlens [--db PATH] [--lang zh|en] [COMMAND]</source>
        <translation>用法：capexlens [--db 路径] [--lang zh|en] [命令]</translation>
    </message>
    <message>
        <source>Capex Lens: hyperscaler capex, GPU fleets, cost curves and the Jevons paradox, with sources.</source>
        <translation>算力透视（Capex Lens）：超大规模云厂商资本开支、GPU 保有量、成本曲线与杰文斯悖论，每个数字均附来源。</translation>
    </message>
    <message>
        <source>Without a command, opens the dashboard.</source>
        <translation>不带命令时打开仪表盘。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation>退出状态：0 成功，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>the charts, by name</source>
        <translation>按名称列出全部图表</translation>
    </message>
    <message>
        <source>one chart with its sources, as on the dashboard (1600 × 1000 pixels at 200 DPI by default)</source>
        <translation>导出一张附来源的图表，与仪表盘所见一致（默认 1600 × 1000 像素，200 DPI）</translation>
    </message>
    <message>
        <source>the report: assumptions, every chart with a reading, and the sources</source>
        <translation>导出报告：假设、每张图表及其解读、来源</translation>
    </message>
    <message>
        <source>percentiles P5–P95 of the outputs, year by year</source>
        <translation>逐年给出各输出的 P5–P95 百分位数</translation>
    </message>
    <message>
        <source>each parameter at its low and high end, sorted by swing</source>
        <translation>将每个参数分别置于其下限和上限，按影响幅度排序</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>chart --list takes no chart name, not “%1”</source>
        <translation>chart --list 不接受图表名称，而不是“%1”</translation>
    </message>
    <message>
        <source>chart needs a chart name; &apos;capexlens chart --list&apos; lists them</source>
        <translation>chart 需要图表名称；“capexlens chart --list”可列出全部图表</translation>
    </message>
    <message>
        <source>chart takes one chart name, not “%1”</source>
        <translation>chart 只接受一个图表名称，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown chart “%1”; &apos;capexlens chart --list&apos; lists them</source>
        <translation>未知图表“%1”；“capexlens chart --list”可列出全部图表</translation>
    </message>
    <message>
        <source>chart needs --out FILE</source>
        <translation>chart 需要 --out 文件</translation>
    </message>
    <message>
        <source>--format must be png, svg or pdf, not “%1”</source>
        <translation>--format 只能是 png、svg 或 pdf，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot tell the format of “%1” from its name; add --format png, svg or pdf</source>
        <translation>无法从文件名“%1”判断格式；请加上 --format png、svg 或 pdf</translation>
    </message>
    <message>
        <source>report takes no further words, not “%1”</source>
        <translation>report 不接受其他参数，而不是“%1”</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report 需要 --out 文件.pdf</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not “%1”</source>
        <translation>--paper 只能是 a4 或 letter，而不是“%1”</translation>
    </message>
    <message>
        <source>the report is a PDF; --format must be pdf, not “%1”</source>
        <translation>报告为 PDF 格式；--format 只能是 pdf，而不是“%1”</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE (or --out - for standard output)</source>
        <translation>--format xlsx 需要 --out 文件（或用 --out - 输出到标准输出）</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>以“%1”分隔</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 条不变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>拒绝 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>new source %1: %2, “%3”</source>
        <translation>新来源 %1：%2，“%3”</translation>
    </message>
    <message>
        <source>ignored columns: %1</source>
        <translation>忽略的列：%1</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>line %1: %2: %3 → %4</source>
        <translation>第 %1 行：%2：%3 → %4</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>拒绝：</translation>
    </message>
    <message>
        <source>data import takes exactly one file</source>
        <translation>data import 只接受一个文件</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>已导入：新增 %1 条，更新 %2 条，%3 条不变。</translation>
    </message>
    <message>
        <source>Backup of the database before the import: %1</source>
        <translation>导入前的数据库备份：%1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not “%2”</source>
        <translation>--%1 需要整数，而不是“%2”</translation>
    </message>
    <message>
        <source>--format must be json, not “%1”</source>
        <translation>--format 只能是 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--runs must lie in [%1, %2]</source>
        <translation>--runs 必须位于 [%1, %2] 之内</translation>
    </message>
    <message>
        <source>--seed and --threads cannot be negative</source>
        <translation>--seed 和 --threads 不能为负数</translation>
    </message>
    <message>
        <source>unknown output “%1”; use an output name of &apos;scenario run&apos;, e.g. required_ai_capex_usd</source>
        <translation>未知输出“%1”；请使用“scenario run”的输出名称，例如 required_ai_capex_usd</translation>
    </message>
    <message>
        <source>--view must be annual, quarterly or trailing, not “%1”</source>
        <translation>--view 只能是 annual、quarterly 或 trailing，而不是“%1”</translation>
    </message>
    <message>
        <source>--view is an option of the capex chart only</source>
        <translation>--view 仅适用于 capex 图表</translation>
    </message>
    <message>
        <source>--metric must be capex, capex_cash or ai_capex, not “%1”</source>
        <translation>--metric 只能是 capex、capex_cash 或 ai_capex，而不是“%1”</translation>
    </message>
    <message>
        <source>--metric is an option of the capex chart only</source>
        <translation>--metric 仅适用于 capex 图表</translation>
    </message>
    <message>
        <source>the guidance tracker: each company&apos;s capex guidance for calendar year Y (by default the year last shown, else 2026), statement by statement, and the actual</source>
        <translation>指引追踪：各公司对自然年 Y 的资本开支指引的逐次修订及实际值（默认为上次显示的年份，否则为 2026 年）</translation>
    </message>
    <message>
        <source>--year applies to chart guidance only, not to “%1”</source>
        <translation>--year 仅适用于 chart guidance，不适用于“%1”</translation>
    </message>
    <message>
        <source>adds or updates observations from a CSV, JSON or Excel (.xlsx) file, after a preview</source>
        <translation>先预览，再从 CSV、JSON 或 Excel（.xlsx）文件添加或更新观测值</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>--sheet needs the name of a worksheet</source>
        <translation>--sheet 需要一个工作表名称</translation>
    </message>
    <message>
        <source>capex_cash from the companies&apos; SEC filings (EDGAR XBRL company facts), fiscal years and quarters, after a preview; every company of the table when none is named</source>
        <translation>从各公司向SEC提交的申报文件（EDGAR XBRL公司财务数据）读取capex_cash，含财年与季度，先预览；未指定公司时读取表中全部公司</translation>
    </message>
    <message>
        <source>SEC filings (EDGAR XBRL company facts): %1</source>
        <translation>SEC申报文件（EDGAR XBRL公司财务数据）：%1</translation>
    </message>
    <message>
        <source>new entity %1: %2</source>
        <translation>新实体 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>data update sec takes no file: name files with --from FILE</source>
        <translation>data update sec 不接受文件参数：请用 --from FILE 指定文件</translation>
    </message>
    <message>
        <source>unknown ticker “%1” (known: %2); name any other company with --cik N</source>
        <translation>未知的股票代码“%1”（已知：%2）；其他公司请用 --cik N 指定</translation>
    </message>
    <message>
        <source>--cik takes SEC&apos;s Central Index Key, a number of up to ten digits, not “%1”</source>
        <translation>--cik 需要SEC的中央索引码（CIK），即不超过十位的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>--base-url takes an http or https address such as https://data.sec.gov, not “%1”</source>
        <translation>--base-url 需要 http 或 https 地址（如 https://data.sec.gov），而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>nothing was written, as %n of the companies could not be read</source>
        <translation>
            <numerusform>未写入任何数据：有 %n 家公司的数据无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: the database already holds every figure of these filings.</source>
        <translation>无需写入：数据库已包含这些申报文件中的全部数字。</translation>
    </message>
    <message>
        <source>Written: %1 added, %2 updated, %3 unchanged.</source>
        <translation>已写入：新增 %1 条，更新 %2 条，%3 条不变。</translation>
    </message>
    <message>
        <source>Backup of the database before the update: %1</source>
        <translation>更新前的数据库备份：%1</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>one output over two parameters&apos; plausible ranges, N × N runs (the over-build map)</source>
        <translation>一个输出在两个参数常用区间上的取值，共 N × N 次运行（过度建设地图）</translation>
    </message>
    <message>
        <source>the model on the data as known on DATE (default 2025-02-01) beside what was reported afterwards</source>
        <translation>以 DATE（默认 2025-02-01）当时已知的数据运行模型，并与之后披露的实际情况对照</translation>
    </message>
    <message>
        <source>the data as known on that date, for &apos;scenario&apos; commands, &apos;chart&apos; and &apos;report&apos;: later figures are left out</source>
        <translation>按该日期当时已知的数据（用于 &apos;scenario&apos; 命令、&apos;chart&apos; 和 &apos;report&apos;）：之后发布的数据不计入</translation>
    </message>
    <message>
        <source>scenario grid needs --x NAME and --y NAME, two parameters with a plausible range</source>
        <translation>scenario grid 需要 --x NAME 和 --y NAME：两个有常用区间的参数</translation>
    </message>
    <message>
        <source>--steps must lie in [%1, %2]</source>
        <translation>--steps 必须在 [%1, %2] 之内</translation>
    </message>
</context>
<context>
    <name>capex::app::CommandLine</name>
    <message>
        <source>the option --%1 takes no value</source>
        <translation>选项 --%1 不接受取值</translation>
    </message>
    <message>
        <source>the option --%1 needs a value</source>
        <translation>选项 --%1 需要一个取值</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
</context>
<context>
    <name>capex::ui</name>
    <message>
        <source>%1, line %2, column %3: </source>
        <translation>%1，第 %2 行第 %3 列：</translation>
    </message>
    <message>
        <source>%1, line %2: </source>
        <translation>%1，第 %2 行：</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>the file cannot be written: %1</source>
        <translation>无法写入该文件：%1</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>the field “%1” is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>the field “%1” has the wrong type (%2)</source>
        <translation>字段“%1”的类型错误（%2）</translation>
    </message>
    <message>
        <source>the field “%1” has an invalid value “%2”</source>
        <translation>字段“%1”的取值“%2”无效</translation>
    </message>
    <message>
        <source>“%1” is defined twice (field “%2”)</source>
        <translation>“%1”被重复定义（字段“%2”）</translation>
    </message>
    <message>
        <source>the field “%1” refers to unknown “%2”</source>
        <translation>字段“%1”引用了不存在的“%2”</translation>
    </message>
    <message>
        <source>the range in “%1” is inverted (%2)</source>
        <translation>“%1”的区间上下限颠倒（%2）</translation>
    </message>
    <message>
        <source>the database cannot be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Capex Lens (schema %1)</source>
        <translation>该数据库由更新版本的算力透视写入（结构版本 %1）</translation>
    </message>
    <message>
        <source>there is no parameter “%1”</source>
        <translation>不存在参数“%1”</translation>
    </message>
    <message>
        <source>the parameter “%1” must lie in %2</source>
        <translation>参数“%1”必须位于 %2 之内</translation>
    </message>
    <message>
        <source>%1 (range %2)</source>
        <translation>%1（区间 %2）</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU小时</translation>
    </message>
    <message>
        <source>per year</source>
        <comment>unit of a rate</comment>
        <translation>每年</translation>
    </message>
    <message>
        <source>× per year</source>
        <translation>倍/年</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>renminbi</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>Hong Kong dollars</source>
        <translation>港元</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>公司指引</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Trend</source>
        <comment>kind of figure: a rate of change</comment>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>evidence grade</comment>
        <translation>公司/原始披露</translation>
    </message>
    <message>
        <source>Analyst estimate</source>
        <comment>evidence grade</comment>
        <translation>分析师估计</translation>
    </message>
    <message>
        <source>Media report</source>
        <comment>evidence grade</comment>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Capex growth: %1</source>
        <translation>资本开支增速：%1</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测终止年</translation>
    </message>
    <message>
        <source>Cost decline per year</source>
        <translation>成本年降幅</translation>
    </message>
    <message>
        <source>GPU price-performance gain</source>
        <translation>GPU性价比年提升</translation>
    </message>
    <message>
        <source>Algorithmic efficiency gain</source>
        <translation>算法效率年提升</translation>
    </message>
    <message>
        <source>Demand elasticity</source>
        <translation>需求价格弹性</translation>
    </message>
    <message>
        <source>Adoption growth</source>
        <translation>应用普及年增长</translation>
    </message>
    <message>
        <source>Price shock factor</source>
        <translation>价格冲击系数</translation>
    </message>
    <message>
        <source>Shock year</source>
        <translation>冲击年份</translation>
    </message>
    <message>
        <source>Base fleet</source>
        <translation>基准GPU保有量</translation>
    </message>
    <message>
        <source>Cost of one H100e</source>
        <translation>单张H100等效成本</translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation>GPU使用年限</translation>
    </message>
    <message>
        <source>Accelerator share of AI capex</source>
        <translation>加速器占AI资本开支比例</translation>
    </message>
    <message>
        <source>Capex ceiling, share of GDP</source>
        <translation>资本开支上限（占GDP比例）</translation>
    </message>
    <message>
        <source>World GDP</source>
        <translation>全球GDP</translation>
    </message>
    <message>
        <source>GDP growth</source>
        <translation>GDP增长倍数</translation>
    </message>
    <message>
        <source>AI share of capex</source>
        <translation>AI占资本开支比例</translation>
    </message>
    <message>
        <source> × / yr</source>
        <translation> 倍/年</translation>
    </message>
    <message>
        <source> USD</source>
        <translation> 美元</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source> trillion USD</source>
        <translation> 万亿美元</translation>
    </message>
    <message>
        <source>The database was damaged. It has been moved to %1 and a fresh one built from the bundled data; your own records can be recovered from the backups in %2.</source>
        <translation>数据库已损坏。它已被移至 %1，并已根据内置数据重建新数据库；您自己录入的记录可从 %2 中的备份恢复。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Capex Lens. It is open read-only and will not be changed.</source>
        <translation>此数据库由更新版本的算力透视写入，现以只读方式打开，不会被修改。</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>数据库已损坏：%1</translation>
    </message>
    <message>
        <source>the backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>the file is not readable text (%1); save it as UTF-8, UTF-16 or GB18030</source>
        <translation>文件不是可读的文本（%1）；请另存为 UTF-8、UTF-16 或 GB18030</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>此处开始的引号字段没有闭合</translation>
    </message>
    <message>
        <source>a quotation mark in column “%1” is misplaced: quote the whole field and double inner quotes</source>
        <translation>列“%1”中的引号位置有误：请给整个字段加引号，并将字段内的引号写成两个</translation>
    </message>
    <message>
        <source>the row has %1 fields, more than the header</source>
        <translation>该行有 %1 个字段，多于表头</translation>
    </message>
    <message>
        <source>the required column “%1” is missing</source>
        <translation>缺少必需的列“%1”</translation>
    </message>
    <message>
        <source>the field “%1” holds “%2”, which is not a number</source>
        <translation>字段“%1”的内容“%2”不是数字</translation>
    </message>
    <message>
        <source>the field “%1” holds “%2”, which is not a finite number</source>
        <translation>字段“%1”的内容“%2”不是有限数值</translation>
    </message>
    <message>
        <source>there is no exchange rate for the currency “%1” (field “%2”)</source>
        <translation>货币“%1”没有汇率（字段“%2”）</translation>
    </message>
    <message>
        <source>this row repeats the record of line %1</source>
        <translation>该行与第 %1 行的记录重复</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n row(s) rejected</source>
        <translation>
            <numerusform>未导入任何内容：%n 行被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4 on the year before)</source>
        <translation>%1 %2（%3，较上年 %4）</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Latest reported capex: %1.</source>
        <translation>最新披露的资本开支：%1。</translation>
    </message>
    <message>
        <source>The largest guidance for %1 is %2&apos;s: %3.</source>
        <translation>%1 的最高指引来自%2：%3。</translation>
    </message>
    <message>
        <source>%1 %2 H100e — %3</source>
        <translation>%1 %2 张H100等效 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 sources estimate GPU fleets, %n figure(s) in all.</source>
        <translation>
            <numerusform>%1 个来源估算了GPU保有量，共 %n 个数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>For the end of %1 the largest are: %2.</source>
        <translation>%1年底保有量最大的是：%2。</translation>
    </message>
    <message>
        <source>The sources differ most on %1: %2 H100e — %3, against %4 — %5.</source>
        <translation>各来源分歧最大的是%1：%2 张H100等效（%3），对比 %4（%5）。</translation>
    </message>
    <message>
        <source>The scenario uses the curve “%1”: the price of AI work at fixed capability falls %2 a year.</source>
        <translation>情景采用成本曲线“%1”：固定能力下AI算力的价格每年下降%2。</translation>
    </message>
    <message>
        <source>By %1 the same work costs 1/%2 of its %3 price.</source>
        <translation>到%1年，同样的任务只需%3年价格的 1/%2。</translation>
    </message>
    <message>
        <source>The published curves range from %1 a year (%2) to %3 a year (%4).</source>
        <translation>已发布的成本曲线从每年%1（%2）到每年%3（%4）不等。</translation>
    </message>
    <message>
        <source>Demand requires %1 H100e in %2 and %3 in %4 (%5); the installed fleet reaches %6.</source>
        <translation>需求在%2年需要 %1 张H100等效，在%4年需要 %3 张（%5）；已部署保有量达到 %6 张。</translation>
    </message>
    <message>
        <source>Idle capacity peaks at %1 H100e in %2: the fleet was built for more demand than came.</source>
        <translation>闲置算力在%2年达到峰值 %1 张H100等效：已建算力超过了实际到来的需求。</translation>
    </message>
    <message>
        <source>No year has idle capacity: the installed fleet never exceeds what demand requires.</source>
        <translation>没有任何年份出现闲置算力：已部署保有量从未超过需求所需。</translation>
    </message>
    <message>
        <source>The capex ceiling leaves up to %1 H100e unbuilt (%2).</source>
        <translation>资本开支上限使至多 %1 张H100等效未能建成（%2年）。</translation>
    </message>
    <message>
        <source>Required AI capex reaches %1 in %2, against %3 planned by the selected companies.</source>
        <translation>所需AI资本开支在%2年达到 %1，而所选公司计划投入 %3。</translation>
    </message>
    <message>
        <source>Plan ÷ required is %1 in %2 and %3 in %4 (above 1: the build-out runs ahead of demand; below 1: behind it).</source>
        <translation>计划 ÷ 所需在%2年为 %1，在%4年为 %3（大于 1：建设超前于需求；小于 1：落后于需求）。</translation>
    </message>
    <message>
        <source>The ceiling on AI capex binds from %1.</source>
        <translation>AI资本开支上限自%1年起生效。</translation>
    </message>
    <message>
        <source>%1 cost %2 (%3), the same run %4 in %5</source>
        <translation>%1 的成本为 %2（%3），同样的训练在%5年为 %4</translation>
    </message>
    <message>
        <source>Under the selected cost curve: %1.</source>
        <translation>按所选成本曲线：%1。</translation>
    </message>
    <message>
        <source>the source “%1” is no longer in the database (another window may have deleted it)</source>
        <translation>来源“%1”已不在数据库中（可能已被另一个窗口删除）</translation>
    </message>
    <message>
        <source>the figure is no longer in the database (another window may have deleted it)</source>
        <translation>该数字已不在数据库中（可能已被另一个窗口删除）</translation>
    </message>
    <message numerus="yes">
        <source>it is cited by %n record(s) and cannot be deleted</source>
        <translation>
            <numerusform>它被 %n 条记录引用，无法删除</numerusform>
        </translation>
    </message>
    <message>
        <source>the field “%1” holds “%2”, which is not a year (2024), fiscal year (FY2025-06), quarter (2025Q3), fiscal quarter (FY2026Q1-06), month (2026-05) or date (2024-12-26)</source>
        <translation>字段“%1”的值“%2”不是年份（2024）、财年（FY2025-06）、季度（2025Q3）、财季（FY2026Q1-06）、月份（2026-05），也不是日期（2024-12-26）</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>calendar quarter: %1 the year, %2 the quarter</comment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>FY%1 Q%2 (%3)</source>
        <comment>fiscal quarter: %1 the year the fiscal year ends in, %2 the quarter, %3 the month the fiscal year ends in</comment>
        <translation>FY%1 第%2财季（%3）</translation>
    </message>
    <message>
        <source>%2 %1</source>
        <comment>calendar month: %1 the year, %2 the month&apos;s name</comment>
        <translation>%1年%2</translation>
    </message>
    <message>
        <source>No figure: guidance in words</source>
        <translation>无数字：文字形式的指引</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, cell %3: </source>
        <translation>%1，工作表“%2”，单元格 %3：</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, row %3: </source>
        <translation>%1，工作表“%2”，第 %3 行：</translation>
    </message>
    <message>
        <source>%1, sheet “%2”: </source>
        <translation>%1，工作表“%2”：</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx), or it is damaged or cut short</source>
        <translation>该文件不是 Excel 工作簿（.xlsx），或已损坏、不完整</translation>
    </message>
    <message>
        <source>this is an Excel 97–2003 workbook (.xls) or a password-protected one: save it in Excel as “Excel Workbook (*.xlsx)” without a password</source>
        <translation>这是 Excel 97–2003 工作簿（.xls）或受密码保护的工作簿：请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”，且不设密码</translation>
    </message>
    <message>
        <source>the workbook lacks its part “%1”: it is not an Excel workbook, or it is damaged</source>
        <translation>工作簿缺少组成部分“%1”：它不是 Excel 工作簿，或已损坏</translation>
    </message>
    <message>
        <source>the workbook&apos;s part “%1” cannot be unpacked: the file is damaged, cut short or encrypted</source>
        <translation>无法解压工作簿的组成部分“%1”：文件已损坏、不完整或已加密</translation>
    </message>
    <message>
        <source>the workbook&apos;s part “%1” unpacks to more than %2 MB: refused, as it could fill the memory (a zip bomb); split the data over smaller workbooks or import it as CSV</source>
        <translation>工作簿的组成部分“%1”解压后超过 %2 MB：为防止耗尽内存（压缩炸弹）已拒绝；请将数据拆分到较小的工作簿中，或以 CSV 导入</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1” (its sheets: %2)</source>
        <translation>工作簿中没有名为“%1”的工作表（现有工作表：%2）</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML is malformed at %1</source>
        <translation>工作簿的 XML 格式有误，位置：%1</translation>
    </message>
    <message>
        <source>the workbook&apos;s part “%1” declares a DTD, which workbooks never do: refused (it could be an XML bomb)</source>
        <translation>工作簿的组成部分“%1”声明了 DTD，正常工作簿从不如此：已拒绝（可能是 XML 炸弹）</translation>
    </message>
    <message>
        <source>“%1” is not a cell of a worksheet (A1 to XFD1048576)</source>
        <translation>“%1”不是工作表中的单元格（应在 A1 至 XFD1048576 之间）</translation>
    </message>
    <message>
        <source>the cell cites text number %1, which the workbook does not hold</source>
        <translation>该单元格引用了第 %1 条共享文本，但工作簿中没有这一条</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters</source>
        <translation>该单元格的内容超过 %1 个字符</translation>
    </message>
    <message>
        <source>the field “%1” holds the formula error %2: correct the formula or type the value</source>
        <translation>字段“%1”是公式错误值 %2：请修正公式或直接输入数值</translation>
    </message>
    <message>
        <source>%1 (CIK %2)</source>
        <translation>%1（CIK %2）</translation>
    </message>
    <message>
        <source>CIK %1</source>
        <translation>CIK %1</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s), %1 to %2</source>
        <translation>
            <numerusform>%n 个数字，%1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the JSON ends before it is complete: the file or the download was cut short</source>
        <translation>JSON 在完整结束之前中断：文件或下载内容不完整</translation>
    </message>
    <message>
        <source>these are the company facts of CIK %1, not of CIK %2, the company asked for</source>
        <translation>这是 CIK %1 的公司财务数据，而不是所请求公司 CIK %2 的</translation>
    </message>
    <message>
        <source>the company facts hold none of the capital-expenditure concepts read (%1): the company does not report its purchases of property and equipment under these names</source>
        <translation>公司财务数据中没有所读取的任何资本开支概念（%1）：该公司未以这些名称申报购置物业及设备的支出</translation>
    </message>
    <message>
        <source>SEC serves its data only to requests whose User-Agent names the requester with a contact e-mail address (e.g. “Jane Doe jane@example.com”): give one with --user-agent or $CAPEXLENS_SEC_USER_AGENT, or in Data → Update from SEC filings…</source>
        <translation>SEC 只向在 User-Agent 中写明请求者及联系邮箱的请求提供数据（例如“Jane Doe jane@example.com”）：请用 --user-agent 或 $CAPEXLENS_SEC_USER_AGENT 提供，或在“数据 → 从SEC申报文件更新…”中填写</translation>
    </message>
    <message>
        <source>“%1” is not a User-Agent SEC accepts: it needs a name and a contact e-mail address (e.g. “Jane Doe jane@example.com”)</source>
        <translation>“%1”不是SEC接受的 User-Agent：需要包含名称和联系邮箱（例如“Jane Doe jane@example.com”）</translation>
    </message>
    <message>
        <source>the server refused the request for %1 (HTTP 403): SEC refuses requests without a User-Agent naming the requester with an e-mail address, and requests made too often; check the User-Agent</source>
        <translation>服务器拒绝了对 %1 的请求（HTTP 403）：SEC 拒绝未在 User-Agent 中写明请求者及邮箱的请求，也拒绝过于频繁的请求；请检查 User-Agent</translation>
    </message>
    <message>
        <source>there are no company facts at %1 (HTTP 404): check the CIK, or the address of the mirror</source>
        <translation>%1 处没有公司财务数据（HTTP 404）：请检查 CIK 或镜像地址</translation>
    </message>
    <message>
        <source>the server still answered “too many requests” (HTTP 429) for %1 after waiting and trying again: wait ten minutes, then update again</source>
        <translation>等待并重试后，服务器对 %1 仍回复“请求过多”（HTTP 429）：请等待十分钟后再更新</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1) for %2, also when tried again: try again later</source>
        <translation>服务器处理 %2 时出错（HTTP %1），重试后依然如此：请稍后再试</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 for %2</source>
        <translation>服务器对 %2 返回了 HTTP %1</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s (%2): try again later, or check the network</source>
        <translation>服务器在 %1 秒内没有响应（%2）：请稍后再试，或检查网络</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2): check the network connection and the address</source>
        <translation>无法连接 %1（%2）：请检查网络连接和地址</translation>
    </message>
    <message>
        <source>The power ceiling leaves up to %1 H100e unbuilt (%2).</source>
        <translation>电力上限使最多 %1 张等效H100无法建成（%2年）。</translation>
    </message>
    <message>
        <source>The fleet draws %1 GW in %2 and %3 GW in %4; demand would need %5 GW.</source>
        <translation>机群在%2年耗电 %1 吉瓦，%4年 %3 吉瓦；需求将需要 %5 吉瓦。</translation>
    </message>
    <message>
        <source>The power ceiling binds from %1.</source>
        <translation>电力上限自%1年起生效。</translation>
    </message>
    <message>
        <source>The plan follows the companies&apos; actuals and guidance to %1, then its growth fades to %2 a year over %3 years.</source>
        <translation>计划在%1年之前沿用各公司的实际值与指引，此后增速在%3年内逐步回落至每年%2。</translation>
    </message>
    <message>
        <source>Long-run capex growth</source>
        <translation>长期资本开支增速</translation>
    </message>
    <message>
        <source>Years to fade to it</source>
        <translation>回落所需年数</translation>
    </message>
    <message>
        <source>Power per H100e</source>
        <translation>每张等效H100功耗</translation>
    </message>
    <message>
        <source>Performance-per-watt gain</source>
        <translation>每瓦性能提升</translation>
    </message>
    <message>
        <source>Power ceiling</source>
        <translation>电力上限</translation>
    </message>
    <message>
        <source>Power ceiling growth</source>
        <translation>电力上限增速</translation>
    </message>
    <message>
        <source>Usual range: %1 – %2</source>
        <translation>常用区间：%1 – %2</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>可接受：%1</translation>
    </message>
    <message>
        <source>The value %1 lies outside the usual range: the slider shows its end, the value is kept exactly.</source>
        <translation>数值 %1 超出常用区间：滑块停在端点，数值按原样保留。</translation>
    </message>
</context>
<context>
    <name>capex::ui::AssumptionsPanel</name>
    <message>
        <source>Cost decline set by hand: −%1 a year</source>
        <translation>手动设定的成本降幅：每年−%1</translation>
    </message>
    <message>
        <source>Implies a cost decline of −%1 a year</source>
        <translation>对应成本每年下降%1</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设参数</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Every assumption back to its default (undoable)</source>
        <translation>将所有假设恢复为默认值（可撤销）</translation>
    </message>
    <message>
        <source>Cost &amp;curve:</source>
        <translation>成本曲线(&amp;C)：</translation>
    </message>
    <message>
        <source>Companies in the plan:</source>
        <translation>纳入计划的公司：</translation>
    </message>
    <message>
        <source>Their fleets make the base fleet; their capex plans the planned AI capex</source>
        <translation>其GPU保有量构成基准保有量，其资本开支计划构成计划AI资本开支</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cost of AI work</source>
        <translation>AI算力成本</translation>
    </message>
    <message>
        <source>Demand (Jevons)</source>
        <translation>需求（杰文斯）</translation>
    </message>
    <message>
        <source>Fleet and capex</source>
        <translation>算力规模与资本开支</translation>
    </message>
    <message>
        <source>Company plans</source>
        <translation>公司计划</translation>
    </message>
    <message>
        <source>Reset to the default, %1</source>
        <translation>恢复默认值 %1</translation>
    </message>
    <message>
        <source>Uncertain: the Monte Carlo draws it from a triangular distribution (%1, current value, %2)</source>
        <translation>不确定：蒙特卡洛模拟从三角分布（%1，当前值，%2）中抽样</translation>
    </message>
    <message>
        <source>&amp;Fleet estimates for the base fleet:</source>
        <translation>基准机群采用的估计(&amp;F)：</translation>
    </message>
    <message>
        <source>Data &amp;as of</source>
        <translation>数据截至(&amp;A)</translation>
    </message>
    <message>
        <source>Show the data as it was known on this date: figures published later disappear from every chart and from the model, so the plan is the guidance as it then stood</source>
        <translation>按该日期当时已知的数据显示：之后发布的数字从所有图表和模型中隐去，计划即为当时有效的指引</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>By base year</source>
        <translation>按基准年</translation>
    </message>
    <message>
        <source>Whose end-of-year H100-equivalent estimates give the base fleet: by default Epoch AI for a base year of 2025 and LessWrong (CharlesD, 2024-11-28) for 2024</source>
        <translation>基准机群采用哪一方的年末等效H100估计：默认基准年为2025年时用 Epoch AI，2024年时用 LessWrong（CharlesD，2024-11-28）</translation>
    </message>
</context>
<context>
    <name>capex::ui::CapexChart</name>
    <message>
        <source>No capex figures for the selected companies</source>
        <translation>所选公司没有资本开支数据</translation>
    </message>
    <message>
        <source>AI capex</source>
        <translation>AI资本开支</translation>
    </message>
    <message>
        <source>Capex of the US hyperscalers</source>
        <translation>美国超大规模云厂商资本开支</translation>
    </message>
    <message>
        <source>AI capex by company</source>
        <translation>各公司AI资本开支</translation>
    </message>
    <message>
        <source>Capex by company</source>
        <translation>各公司资本开支</translation>
    </message>
    <message>
        <source>Microsoft: capital expenditures including finance leases; fiscal years end in June</source>
        <translation>微软：含融资租赁的资本开支；财年截至6月</translation>
    </message>
    <message>
        <source>Alphabet: purchases of property and equipment</source>
        <translation>Alphabet：购置物业及设备</translation>
    </message>
    <message>
        <source>Amazon: purchases of property and equipment, gross</source>
        <translation>亚马逊：购置物业及设备（总额）</translation>
    </message>
    <message>
        <source>Meta: capital expenditures including principal payments on finance leases</source>
        <translation>Meta：含融资租赁本金支付的资本开支</translation>
    </message>
    <message>
        <source>Oracle: capital expenditures; fiscal years end in May</source>
        <translation>甲骨文：资本开支；财年截至5月</translation>
    </message>
    <message>
        <source>Alibaba: capital expenditure; fiscal years end in March</source>
        <translation>阿里巴巴：资本开支；财年截至3月</translation>
    </message>
    <message>
        <source>Microsoft: cash paid for property and equipment (no finance leases)</source>
        <translation>微软：购置物业及设备的现金支出（不含融资租赁）</translation>
    </message>
    <message>
        <source>Amazon: purchases net of proceeds from sales and incentives</source>
        <translation>亚马逊：购置额扣除出售所得及激励款后的净额</translation>
    </message>
    <message>
        <source>Meta: purchases of property and equipment (no finance-lease principal)</source>
        <translation>Meta：购置物业及设备（不含融资租赁本金）</translation>
    </message>
    <message>
        <source>Definitions: %1.</source>
        <translation>口径：%1。</translation>
    </message>
    <message>
        <source>Trailing 12 months: the sum of four consecutive reported quarters, computed by Capex Lens; a fiscal quarter counts for the calendar quarter of its last month.</source>
        <translation>近12个月：连续四个已披露季度之和，由算力透视计算；财季计入其最后一个月所在的自然季度。</translation>
    </message>
    <message>
        <source>Cash capex by company</source>
        <translation>各公司现金口径资本开支</translation>
    </message>
    <message>
        <source>%1 on the year before</source>
        <translation>同比 %1</translation>
    </message>
    <message>
        <source>no figure a year before</source>
        <translation>无上年同期数据</translation>
    </message>
    <message>
        <source>No trailing sum: %1 is not reported.</source>
        <translation>无法计算近12个月合计：%1未披露。</translation>
    </message>
    <message>
        <source>12 months to %1</source>
        <translation>截至%1的12个月</translation>
    </message>
    <message>
        <source>No quarterly figures for the selected companies</source>
        <translation>所选公司没有季度数据</translation>
    </message>
    <message>
        <source>Capex, trailing 12 months</source>
        <translation>资本开支（近12个月滚动）</translation>
    </message>
    <message>
        <source>Capex by quarter</source>
        <translation>各季度资本开支</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>capex::ui::CapexModelChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Required AI capex %2&lt;br/&gt;Planned AI capex %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;所需AI资本开支 %2&lt;br/&gt;计划AI资本开支 %3</translation>
    </message>
    <message>
        <source>Plan ÷ required: %1</source>
        <translation>计划 ÷ 所需：%1</translation>
    </message>
    <message>
        <source>Ceiling binds at %1; wanted %2</source>
        <translation>触及上限 %1；需求 %2</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>所需：%1</translation>
    </message>
    <message>
        <source>AI capex: required by demand against planned</source>
        <translation>AI资本开支：需求所需与公司计划对比</translation>
    </message>
    <message>
        <source>Required AI capex (model)</source>
        <translation>所需AI资本开支（模型）</translation>
    </message>
    <message>
        <source>Ceiling (share of world GDP) — binds</source>
        <translation>上限（占全球GDP比例）— 已触及</translation>
    </message>
    <message>
        <source>Plan ÷ required (right axis)</source>
        <translation>计划 ÷ 所需（右轴）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>USD, hundreds of millions</source>
        <comment>axis unit: 亿美元</comment>
        <translation>亿美元</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>Plan ÷ required (×)</source>
        <translation>计划 ÷ 所需（倍）</translation>
    </message>
    <message>
        <source>USD bn</source>
        <comment>brief axis unit</comment>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>USD, trillions</source>
        <comment>axis unit: 万亿美元</comment>
        <translation>万亿美元</translation>
    </message>
    <message>
        <source>Plan ÷ req. (×)</source>
        <comment>brief axis title</comment>
        <translation>计划÷所需</translation>
    </message>
    <message>
        <source>Plan&apos;s range %1 – %2</source>
        <translation>计划区间 %1 – %2</translation>
    </message>
    <message>
        <source>Actuals and guidance up to %1</source>
        <translation>%1年及之前为实际值与指引</translation>
    </message>
    <message>
        <source>Faded: growth falls to %1 a year over %2 years after %3</source>
        <translation>回落段：%3年之后增速在%2年内降至每年%1</translation>
    </message>
    <message>
        <source>Plan (guided)</source>
        <translation>计划（指引）</translation>
    </message>
    <message>
        <source>Plan (fading)</source>
        <translation>计划（回落）</translation>
    </message>
</context>
<context>
    <name>capex::ui::CapexPage</name>
    <message>
        <source>Companies:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>口径(&amp;F)：</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Renminbi (converted at each year&apos;s rate)</source>
        <translation>人民币（按各年汇率换算）</translation>
    </message>
    <message>
        <source>Total capex</source>
        <translation>资本开支总额</translation>
    </message>
    <message>
        <source>AI capex</source>
        <translation>AI资本开支</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数坐标(&amp;L)</translation>
    </message>
    <message>
        <source>A logarithmic axis shows growth rates as slopes</source>
        <translation>对数坐标下，增速表现为斜率</translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation>显示事件(&amp;E)</translation>
    </message>
    <message>
        <source>DeepSeek-V3, R1 and Stargate as vertical markers</source>
        <translation>以竖线标出DeepSeek-V3、R1与“星际之门”</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本开支</translation>
    </message>
    <message>
        <source>Cash capex</source>
        <translation>现金口径资本开支</translation>
    </message>
    <message>
        <source>Each company&apos;s headline capital expenditure; the narrower cash figure where a source gives it; or the part companies attribute to AI. The two definitions are never mixed.</source>
        <translation>各公司公布的资本开支总额；来源单独给出时的较窄现金口径；或公司归于AI的部分。两种口径从不混用。</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>Years as reported; each reported quarter; or the sum of four consecutive quarters</source>
        <translation>按披露的年度；每个已披露季度；或连续四个季度之和</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Copy the figures as tab-separated text, numbers as numbers, to paste into a spreadsheet</source>
        <translation>将数字以制表符分隔的文本复制（数值保持为数值），可直接粘贴到电子表格</translation>
    </message>
</context>
<context>
    <name>capex::ui::ChartCatalog</name>
    <message>
        <source>Capex by company</source>
        <translation>各公司资本开支</translation>
    </message>
    <message>
        <source>GPU fleets by company</source>
        <translation>各公司GPU保有量</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>成本曲线</translation>
    </message>
    <message>
        <source>Jevons paradox: price, demand and spend</source>
        <translation>杰文斯悖论：价格、需求与支出</translation>
    </message>
    <message>
        <source>AI capex: required by demand against planned</source>
        <translation>AI资本开支：需求所需与公司计划对比</translation>
    </message>
    <message>
        <source>Training runs: cost then and later</source>
        <translation>训练任务：当时与之后的成本</translation>
    </message>
    <message>
        <source>Capex guidance, statement by statement</source>
        <translation>资本开支指引：逐次修订</translation>
    </message>
    <message>
        <source>GPU fleet and its power: required against installed</source>
        <translation>GPU机群及其电力：所需与已装</translation>
    </message>
    <message>
        <source>Over-build map: plan ÷ required over two parameters</source>
        <translation>过度建设地图：两参数下的计划 ÷ 所需</translation>
    </message>
    <message>
        <source>Track record: the plan on a date against what followed</source>
        <translation>回溯检验：某日的计划与其后实际</translation>
    </message>
</context>
<context>
    <name>capex::ui::ChartExporter</name>
    <message>
        <source>Scenario “%1”</source>
        <translation>情景“%1”</translation>
    </message>
    <message>
        <source>Capex Lens %1, dataset version %2</source>
        <translation>算力透视 %1，数据集版本 %2</translation>
    </message>
    <message>
        <source>Capex Lens %1</source>
        <translation>算力透视 %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <comment>date of the export</comment>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>The chart could not be drawn as %1.</source>
        <translation>无法将图表绘制为 %1。</translation>
    </message>
    <message>
        <source>The resolution must lie between %1 and %2 DPI, not %3.</source>
        <translation>分辨率必须在 %1 到 %2 DPI 之间，而不是 %3。</translation>
    </message>
    <message>
        <source>Width and height must lie between %1 and %2 pixels, not %3.</source>
        <translation>宽度和高度必须在 %1 到 %2 像素之间，而不是 %3。</translation>
    </message>
</context>
<context>
    <name>capex::ui::ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF, with its sources (Ctrl+Shift+X)</source>
        <translation>将此图表连同来源保存为 PNG、SVG 或 PDF（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>chart</comment>
        <extracomment>Button beside a chart: copies the chart as an image</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this chart with its sources to the clipboard as an image</source>
        <translation>将此图表连同来源以图片形式复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>capex::ui::ChartReading</name>
    <message>
        <source>Over %1 combinations of %2 and %3 across their usual ranges, the plan for %4 exceeds what demand requires in %5 of them.</source>
        <translation>在 %2 与 %3 常用区间内的 %1 种组合中，%4年的计划超过需求所需的组合占 %5。</translation>
    </message>
</context>
<context>
    <name>capex::ui::CostCurveChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: −%2 a year&lt;br/&gt;%3: index %4&lt;br/&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：每年−%2&lt;br/&gt;%3年：指数 %4&lt;br/&gt;&lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Cost curves: price of AI work at fixed capability (index, %1 = 1)</source>
        <translation>成本曲线：固定能力下AI算力价格（指数，%1年 = 1）</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>training cost</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <source>price per million tokens</source>
        <translation>每百万token价格</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Index (log scale)</source>
        <translation>指数（对数坐标）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set by hand&lt;/b&gt;: −%1 a year&lt;br/&gt;%2: index %3</source>
        <translation>&lt;b&gt;手动设定&lt;/b&gt;：每年−%1&lt;br/&gt;%2年：指数 %3</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手动设定</translation>
    </message>
    <message>
        <source>input tokens, price per million</source>
        <translation>输入Token每百万价格</translation>
    </message>
    <message>
        <source>output tokens, price per million</source>
        <translation>输出Token每百万价格</translation>
    </message>
    <message>
        <source>price per GPU-hour</source>
        <translation>每GPU小时价格</translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: median index %3 (each series 1 at its first figure)&lt;br/&gt;%n series, from %4 to %5&lt;br/&gt;&lt;i&gt;Click to see each figure on the Data page&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;，%2：指数中位数 %3（每个序列以其首个数据为1）&lt;br/&gt;%n 个序列，从 %4 到 %5&lt;br/&gt;&lt;i&gt;点击在“数据”页查看每个数据&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: median %3 (index %4, 1 = %5)&lt;br/&gt;%n figure(s), from %6 to %7&lt;br/&gt;&lt;i&gt;Click to see each figure on the Data page&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;，%2：中位数 %3（指数 %4，%5 = 1）&lt;br/&gt;%n 个数据，从 %6 到 %7&lt;br/&gt;&lt;i&gt;点击在“数据”页查看每个数据&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %3 (index %4, 1 = %5)&lt;br/&gt;Source: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2：%3（指数 %4，%5 = 1）&lt;br/&gt;来源：%6</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n series, each 1 at its first figure</source>
        <translation>
            <numerusform>%1：%n 个序列，各以首个数据为1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capex::ui::CostCurvesPage</name>
    <message>
        <source>Each line is a preset of the cost-decline assumption; the thick one is in use. Markers are published prices and costs, each series set to 1 at its first point, so their slopes compare with the lines. Choose the preset in the assumptions panel.</source>
        <translation>每条线是一种成本降幅预设，粗线为当前采用的预设。标记为公开的价格与成本数据，每组数据以其首个数据点为1，便于与曲线比较斜率。可在假设参数面板中选择预设。</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>成本曲线</translation>
    </message>
</context>
<context>
    <name>capex::ui::DashboardChart</name>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
</context>
<context>
    <name>capex::ui::DashboardPage</name>
    <message>
        <source>Show or hide %1</source>
        <translation>显示或隐藏%1</translation>
    </message>
</context>
<context>
    <name>capex::ui::DataEdits</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>添加来源 %1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>编辑来源 %1</translation>
    </message>
    <message>
        <source>Delete source %1</source>
        <translation>删除来源 %1</translation>
    </message>
</context>
<context>
    <name>capex::ui::DataPage</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>全部主体</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部证据等级</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a figure to see its full record and source.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个数字，查看完整记录及来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>证据等级</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入方</translation>
    </message>
    <message>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <source>bundled dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Via:</source>
        <translation>转引自：</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>主体(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>Search in English or Chinese (Ctrl+F)</source>
        <translation>中英文搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filters every column and both languages&apos; names and notes</source>
        <translation>在所有列及中英文名称、备注中筛选</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the figures shown, with units, kinds and sources, as Excel or CSV</source>
        <translation>将所显示的数字连同单位、类型和来源保存为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>The figure was not added: %1</source>
        <translation>未能添加该数字：%1</translation>
    </message>
    <message>
        <source>The figure was not changed: %1</source>
        <translation>未能修改该数字：%1</translation>
    </message>
    <message>
        <source>The figure was not deleted: %1</source>
        <translation>未能删除该数字：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Never changed since it was entered.</source>
        <translation>录入后从未修改。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改者</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>dataset update</source>
        <translation>数据集更新</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Double-click a figure for its full record and source; right-click to edit it</source>
        <translation>双击数字查看完整记录及来源；右键单击可编辑</translation>
    </message>
    <message>
        <source>&amp;Add figure…</source>
        <translation>添加数字(&amp;A)…</translation>
    </message>
    <message>
        <source>Enter a figure of your own; dataset updates never change it</source>
        <translation>录入您自己的数字；数据集更新不会改动它</translation>
    </message>
    <message>
        <source>&amp;Edit figure…</source>
        <translation>编辑数字(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected figure (F2); the old values are kept in its history</source>
        <translation>修改所选数字（F2）；原值会保存在其修改历史中</translation>
    </message>
    <message>
        <source>&amp;Delete figure</source>
        <translation>删除数字(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected figure (Del); Edit → Undo brings it back</source>
        <translation>删除所选数字（Del）；可通过“编辑 → 撤销”恢复</translation>
    </message>
    <message>
        <source>&amp;Paste figures from a spreadsheet</source>
        <translation>从电子表格粘贴数据(&amp;P)</translation>
    </message>
    <message>
        <source>Import cells copied in Excel or LibreOffice, with their header row (Ctrl+V), after a preview</source>
        <translation>导入从 Excel 或 LibreOffice 复制的单元格（连同标题行，Ctrl+V），先预览</translation>
    </message>
    <message>
        <source>Period %1 ✕</source>
        <translation>期间 %1 ✕</translation>
    </message>
    <message>
        <source>Only the figures of this period are shown: click to show every period</source>
        <translation>只显示此期间的数据：点击显示所有期间</translation>
    </message>
</context>
<context>
    <name>capex::ui::ExportActions</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>此页面没有可导出的图表。</translation>
    </message>
    <message>
        <source>This page has no chart to copy.</source>
        <translation>此页面没有可复制的图表。</translation>
    </message>
    <message>
        <source>The chart could not be copied.</source>
        <translation>无法复制图表。</translation>
    </message>
    <message>
        <source>Copied the chart as an image (%1 × %2 pixels).</source>
        <translation>已将图表复制为图片（%1 × %2 像素）。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the figures shown on the Data page</source>
        <translation>导出数据页所显示的数字</translation>
    </message>
    <message>
        <source>Export the scenario&apos;s projection</source>
        <translation>导出情景推演结果</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>The chart in focus, else the page&apos;s first, as PNG, SVG or PDF with its sources</source>
        <translation>将当前焦点所在的图表（否则为本页第一张）连同来源导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Copy chart as &amp;image</source>
        <translation>将图表复制为图片(&amp;I)</translation>
    </message>
    <message>
        <source>The chart in focus, else the page&apos;s first, with its sources, to the clipboard</source>
        <translation>将当前焦点所在的图表（否则为本页第一张）连同来源复制到剪贴板</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>Title page, assumptions, every chart with a reading, and the sources</source>
        <translation>封面、假设、每张图表及其解读，以及来源</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV/Excel)…</source>
        <translation>导出数据（CSV/Excel）(&amp;D)…</translation>
    </message>
    <message>
        <source>The figures the Data page shows, with units, kinds and sources</source>
        <translation>数据页所显示的数字，附单位、类型和来源</translation>
    </message>
    <message>
        <source>Export scenario &amp;outputs (CSV/Excel)…</source>
        <translation>导出情景结果（CSV/Excel）(&amp;O)…</translation>
    </message>
    <message>
        <source>The projection year by year, and the assumptions</source>
        <translation>逐年推演结果及所用假设</translation>
    </message>
</context>
<context>
    <name>capex::ui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>PNG for documents and slides; SVG and PDF stay sharp at any zoom</source>
        <translation>PNG 适用于文档和幻灯片；SVG 与 PDF 任意缩放仍保持清晰</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source> px</source>
        <comment>pixels</comment>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Dots per inch: more dots make the same pixels a smaller print with smaller text</source>
        <translation>每英寸点数：点数越多，相同像素打印出来越小，文字也越小</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print size %1 × %2 cm (%3 × %4 in); text keeps its on-screen point size.</source>
        <translation>打印尺寸 %1 × %2 厘米（%3 × %4 英寸）；文字保持屏幕上的磅值。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>capex::ui::FanChart</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Deterministic: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;确定性推演：%2</translation>
    </message>
    <message>
        <source>P5 %1 · P25 %2 · P50 %3 · P75 %4 · P95 %5</source>
        <translation>P5 %1 · P25 %2 · P50 %3 · P75 %4 · P95 %5</translation>
    </message>
    <message>
        <source>Monte Carlo: %1 runs, seed %2, triangular draws (low, current value, high) of: %3.</source>
        <translation>蒙特卡洛模拟：%1 次，随机种子 %2，对以下参数做三角分布抽样（下限，当前值，上限）：%3。</translation>
    </message>
    <message>
        <source>Spend index: range of outcomes</source>
        <translation>支出指数：结果区间</translation>
    </message>
    <message>
        <source>Index, base year = 1</source>
        <translation>指数，基准年 = 1</translation>
    </message>
    <message>
        <source>Required fleet: range of outcomes</source>
        <translation>所需保有量：结果区间</translation>
    </message>
    <message>
        <source>H100 equivalents, tens of thousands</source>
        <comment>axis unit: 万张H100等效</comment>
        <translation>万张H100等效</translation>
    </message>
    <message>
        <source>H100 equivalents, millions</source>
        <translation>百万张H100等效</translation>
    </message>
    <message>
        <source>Planned ÷ required AI capex: range of outcomes</source>
        <translation>计划 ÷ 所需AI资本开支：结果区间</translation>
    </message>
    <message>
        <source>Plan ÷ required (×)</source>
        <translation>计划 ÷ 所需（倍）</translation>
    </message>
    <message>
        <source>Required AI capex: range of outcomes</source>
        <translation>所需AI资本开支：结果区间</translation>
    </message>
    <message>
        <source>USD, hundreds of millions</source>
        <comment>axis unit: 亿美元</comment>
        <translation>亿美元</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>P5–P95</source>
        <translation>P5–P95</translation>
    </message>
    <message>
        <source>P25–P75</source>
        <translation>P25–P75</translation>
    </message>
    <message>
        <source>Median (P50)</source>
        <translation>中位数（P50）</translation>
    </message>
    <message>
        <source>Deterministic projection</source>
        <translation>确定性推演</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1（对数坐标）</translation>
    </message>
    <message>
        <source>Index</source>
        <comment>brief axis title</comment>
        <translation>指数</translation>
    </message>
    <message>
        <source>H100e, tens of thousands</source>
        <comment>brief axis unit: 万张H100e</comment>
        <translation>万张H100e</translation>
    </message>
    <message>
        <source>Million H100e</source>
        <translation>百万张H100e</translation>
    </message>
    <message>
        <source>Plan ÷ req. (×)</source>
        <comment>brief axis title</comment>
        <translation>计划÷所需</translation>
    </message>
    <message>
        <source>USD bn</source>
        <comment>brief axis unit</comment>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>%1 (log)</source>
        <comment>brief axis title on a log scale</comment>
        <translation>%1（对数）</translation>
    </message>
</context>
<context>
    <name>capex::ui::FleetChart</name>
    <message>
        <source>No fleet estimates</source>
        <translation>没有GPU保有量估计</translation>
    </message>
    <message>
        <source>%1, end of %2</source>
        <translation>%1，%2年末</translation>
    </message>
    <message>
        <source>H100 equivalents, tens of thousands</source>
        <comment>axis unit: 万张H100等效</comment>
        <translation>万张H100等效</translation>
    </message>
    <message>
        <source>H100 equivalents, millions</source>
        <translation>百万张H100等效</translation>
    </message>
    <message>
        <source>GPU fleets (H100e)</source>
        <translation>GPU保有量（H100等效）</translation>
    </message>
    <message>
        <source>GPU fleets by company, H100-equivalents: estimates with ranges</source>
        <translation>各公司GPU保有量（H100等效）：估计值及区间</translation>
    </message>
    <message>
        <source>H100e, tens of thousands</source>
        <comment>brief axis unit: 万张H100e</comment>
        <translation>万张H100e</translation>
    </message>
    <message>
        <source>Million H100e</source>
        <translation>百万张H100e</translation>
    </message>
    <message>
        <source>Median of many estimates, end of %1</source>
        <translation>多个估计的中位数，%1年末</translation>
    </message>
    <message>
        <source>GPU fleets (H100e), the %1 largest of %2</source>
        <translation>GPU保有量（H100等效）：%2家中最大的%1家</translation>
    </message>
</context>
<context>
    <name>capex::ui::FleetModelChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Required %2 · Installed %3 H100e&lt;br/&gt;New %4 · Retired %5 · Idle %6 · Unmet %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;所需 %2 · 已部署 %3 张H100等效&lt;br/&gt;新增 %4 · 退役 %5 · 闲置 %6 · 缺口 %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, end of %2: %3 H100e&lt;br/&gt;Sum of %4 of the %5 selected companies</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2年末：%3 张H100等效&lt;br/&gt;所选%5家公司中%4家之和</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>所需：%1</translation>
    </message>
    <message>
        <source>Required by demand (model)</source>
        <translation>需求所需（模型）</translation>
    </message>
    <message>
        <source>Installed (model)</source>
        <translation>已部署（模型）</translation>
    </message>
    <message>
        <source>New units</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Retired units</source>
        <translation>退役</translation>
    </message>
    <message>
        <source>Idle capacity</source>
        <translation>闲置算力</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>H100 equivalents, tens of thousands</source>
        <comment>axis unit: 万张H100等效</comment>
        <translation>万张H100等效</translation>
    </message>
    <message>
        <source>H100 equivalents, millions</source>
        <translation>百万张H100等效</translation>
    </message>
    <message>
        <source>H100e, tens of thousands</source>
        <comment>brief axis unit: 万张H100e</comment>
        <translation>万张H100e</translation>
    </message>
    <message>
        <source>Million H100e</source>
        <translation>百万张H100e</translation>
    </message>
    <message>
        <source>Power: installed %1 GW, required %2 GW</source>
        <translation>电力：已装 %1 吉瓦，所需 %2 吉瓦</translation>
    </message>
    <message>
        <source>Power ceiling %1 GW</source>
        <translation>电力上限 %1 吉瓦</translation>
    </message>
    <message>
        <source>Purchases limited by the power ceiling</source>
        <translation>采购受电力上限限制</translation>
    </message>
    <message>
        <source>Purchases limited by the capex ceiling</source>
        <translation>采购受资本开支上限限制</translation>
    </message>
    <message>
        <source>GPU fleet and its power: required against installed</source>
        <translation>GPU机群及其电力：所需与已装</translation>
    </message>
    <message>
        <source>Power ceiling, GW</source>
        <translation>电力上限，吉瓦</translation>
    </message>
    <message>
        <source>Power, GW</source>
        <translation>电力，吉瓦</translation>
    </message>
    <message>
        <source>H100 equivalents, hundreds of millions</source>
        <comment>axis unit: 亿张H100等效</comment>
        <translation>亿张H100等效</translation>
    </message>
    <message>
        <source>H100e, hundreds of millions</source>
        <comment>brief axis unit: 亿张H100e</comment>
        <translation>亿张H100e</translation>
    </message>
    <message>
        <source>Power (GW)</source>
        <translation>电力（吉瓦）</translation>
    </message>
    <message>
        <source>Power needed (GW)</source>
        <translation>所需电力（吉瓦）</translation>
    </message>
    <message>
        <source>Published estimates</source>
        <translation>公开估计</translation>
    </message>
</context>
<context>
    <name>capex::ui::FleetPage</name>
    <message>
        <source>Each bar is one source&apos;s range for one company; the marker is its midpoint (LessWrong) or median (Epoch, whose Google figure counts Nvidia chips only, not TPUs). Filled: end of 2024; hollow: 2025. Hover a marker for the figure and its source.</source>
        <translation>每根竖条是一个来源对一家公司给出的区间；标记为其中点（LessWrong）或中位数（Epoch；其谷歌数字只计英伟达芯片，不含TPU）。实心：2024年末；空心：2025年。将鼠标悬停在标记上可查看数字及来源。</translation>
    </message>
    <message>
        <source>GPU fleet</source>
        <translation>GPU保有量</translation>
    </message>
</context>
<context>
    <name>capex::ui::GoalSeekDialog</name>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 = %2&lt;/b&gt; makes %3 reach %4 in %5.</source>
        <translation>&lt;b&gt;%1 = %2&lt;/b&gt; 可使%3在%5年达到 %4。</translation>
    </message>
    <message>
        <source>Goal seek</source>
        <translation>单变量求解</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>In the output&apos;s own unit: an index, H100e, US dollars, or a ratio</source>
        <translation>采用该输出自身的单位：指数、H100等效、美元或比值</translation>
    </message>
    <message>
        <source>&amp;Solve for:</source>
        <translation>求解参数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Apply value</source>
        <translation>应用该值(&amp;A)</translation>
    </message>
    <message>
        <source>Set the parameter to the value found (undoable)</source>
        <translation>将参数设为求得的值（可撤销）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nothing inside the usual range (%1) reaches it: this value lies outside it, where the slider stops at its end.</source>
        <translation>常用范围（%1）内没有能达到目标的取值：此值位于常用范围之外，滑块停在其端点。</translation>
    </message>
    <message>
        <source>Out of reach: across every value %1 may take (%2 – %3), %4 in %5 goes only from %6 to %7, never %8 (usual range %9).</source>
        <translation>无法达到：在%1的全部有效取值（%2 – %3）内，%5年的%4只能从 %6 变到 %7，无法达到 %8（常用范围 %9）。</translation>
    </message>
</context>
<context>
    <name>capex::ui::GuidanceChart</name>
    <message>
        <source>Definitions: %1.</source>
        <translation>口径：%1。</translation>
    </message>
    <message>
        <source>Calendar-year figures only. Raises and cuts compare the midpoints of consecutive figures; a statement in words sits at the level of the figure before it, else of the year before&apos;s actual.</source>
        <translation>仅含自然年数字。上调与下调按相邻两次数字指引的中值比较；文字表述的指引画在其前一次数字指引的高度，若无则画在上一年实际值的高度。</translation>
    </message>
    <message>
        <source>An actual without a report date is drawn at the end of its year.</source>
        <translation>没有发布日期的实际值画在该年年末。</translation>
    </message>
    <message>
        <source>No capex guidance for %1 in the data for the selected companies</source>
        <translation>数据中没有所选公司%1年的资本开支指引</translation>
    </message>
    <message>
        <source>Date of the statement or report</source>
        <translation>指引或财报发布日期</translation>
    </message>
    <message>
        <source>Capex guidance for %1, statement by statement</source>
        <translation>%1年资本开支指引：逐次修订</translation>
    </message>
    <message>
        <source>Guidance: midpoint, range shaded</source>
        <translation>指引：折线为中值，阴影为区间</translation>
    </message>
    <message>
        <source>Guidance in words (hover for the words)</source>
        <translation>文字指引（悬停查看原话）</translation>
    </message>
    <message>
        <source>Actual, at its report date</source>
        <translation>实际值（位于财报发布日期）</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过%1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最多%1</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>两次</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1次</translation>
    </message>
    <message>
        <source>%1: no capex guidance for %2 in the data.</source>
        <translation>%1：数据中没有%2年的资本开支指引。</translation>
    </message>
    <message>
        <source>%1 spoke of its %2 capex only in words (%3)</source>
        <translation>%1仅以文字描述其%2年资本开支（%3）</translation>
    </message>
    <message>
        <source>%1 guided %2 for %3 (%4)</source>
        <translation>%1给出%3年资本开支指引%2（%4）</translation>
    </message>
    <message>
        <source>%1 raised its %2 guidance %3, from %4 (%5) to %6 (%7)</source>
        <translation>%1%3上调%2年资本开支指引，从%4（%5）上调至%6（%7）</translation>
    </message>
    <message>
        <source>%1 cut its %2 guidance %3, from %4 (%5) to %6 (%7)</source>
        <translation>%1%3下调%2年资本开支指引，从%4（%5）下调至%6（%7）</translation>
    </message>
    <message>
        <source>%1 kept its %2 guidance at %3 from %4 to %5</source>
        <translation>%1自%4至%5维持%2年资本开支指引%3不变</translation>
    </message>
    <message>
        <source>%1 raised its %2 guidance %3 and cut it %4, from %5 (%6) to %7 (%8)</source>
        <translation>%1%3上调、%4下调%2年资本开支指引，从%5（%6）调整为%7（%8）</translation>
    </message>
    <message>
        <source>the actual was %1</source>
        <translation>实际值为%1</translation>
    </message>
    <message>
        <source>the actual, %1, matched the guidance</source>
        <translation>实际值%1与指引持平</translation>
    </message>
    <message>
        <source>the actual, %1, matched the first guidance</source>
        <translation>实际值%1与首次指引持平</translation>
    </message>
    <message>
        <source>the actual, %1, came in %2 above the guidance</source>
        <translation>实际值%1，比指引高%2</translation>
    </message>
    <message>
        <source>the actual, %1, came in %2 above the first guidance</source>
        <translation>实际值%1，比首次指引高%2</translation>
    </message>
    <message>
        <source>the actual, %1, came in %2 below the guidance</source>
        <translation>实际值%1，比指引低%2</translation>
    </message>
    <message>
        <source>the actual, %1, came in %2 below the first guidance</source>
        <translation>实际值%1，比首次指引低%2</translation>
    </message>
    <message>
        <source>, within the latest range</source>
        <translation>，落在最新指引区间内</translation>
    </message>
    <message>
        <source>, %1 above the latest</source>
        <translation>，比最新指引高%1</translation>
    </message>
    <message>
        <source>, %1 below the latest</source>
        <translation>，比最新指引低%1</translation>
    </message>
    <message>
        <source>no calendar-year actual to compare: %1 reports fiscal years</source>
        <translation>没有可比的自然年实际值：%1按财年披露</translation>
    </message>
    <message>
        <source>no actual in the data yet</source>
        <translation>数据中尚无实际值</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <comment>a company&apos;s guidance; then how the actual compared</comment>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <source>It also spoke of it in words %1 (%2).</source>
        <translation>此外还有%1文字表述（%2）。</translation>
    </message>
</context>
<context>
    <name>capex::ui::GuidancePage</name>
    <message>
        <source>Choose one or more companies.</source>
        <translation>请选择一家或多家公司。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The calendar year the guidance is for</source>
        <translation>指引所针对的自然年</translation>
    </message>
    <message>
        <source>Companies:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>Guidance tracker</source>
        <translation>指引追踪</translation>
    </message>
</context>
<context>
    <name>capex::ui::ImportActions</name>
    <message>
        <source>Import observations</source>
        <translation>导入观测值</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be imported.</source>
        <translation>数据库以只读方式打开：无法导入任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated. Backup: %4</source>
        <translation>已导入 %1：新增 %2 条，更新 %3 条。备份：%4</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Import observations…</source>
        <translation>导入观测值(&amp;I)…</translation>
    </message>
    <message>
        <source>Observations (*.csv *.tsv *.txt *.json *.xlsx);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>观测值文件 (*.csv *.tsv *.txt *.json *.xlsx);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the cells, with their header row, in the spreadsheet first.</source>
        <translation>剪贴板中没有文本：请先在电子表格中复制单元格（连同标题行）。</translation>
    </message>
    <message>
        <source>The pasted cells have no header row naming the import&apos;s columns (“%1” is missing): copy the header row with the cells. The columns are those of File → Import…: entity, metric, period, value, unit, currency, kind, grade, source_id and others.</source>
        <translation>粘贴的单元格没有写明导入列名的标题行（缺少“%1”）：请连同标题行一起复制。列名与“文件 → 导入…”相同：entity、metric、period、value、unit、currency、kind、grade、source_id 等。</translation>
    </message>
    <message>
        <source>Add or update observations from a CSV, JSON or Excel file, after a preview</source>
        <translation>先预览，再从 CSV、JSON 或 Excel 文件添加或更新观测值</translation>
    </message>
</context>
<context>
    <name>capex::ui::ImportPlanModel</name>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>已存数值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>capex::ui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 条不变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>拒绝 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <source>Nothing will be imported until every rejected row is corrected in the file.</source>
        <translation>在文件中更正所有被拒绝的行之前，不会导入任何内容。</translation>
    </message>
    <message>
        <source>The database already holds every row of this file.</source>
        <translation>数据库已包含此文件的全部行。</translation>
    </message>
    <message>
        <source>A backup of the database is made first; then every row is written in one step.</source>
        <translation>将先备份数据库，然后一次性写入所有行。</translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s) will be created.</source>
        <translation>
            <numerusform>将创建 %n 个新来源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>忽略的列：%1。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create metric “%1”…</source>
        <translation>创建指标“%1”…</translation>
    </message>
    <message>
        <source>Create entity “%1”…</source>
        <translation>创建主体“%1”…</translation>
    </message>
    <message>
        <source>Add this metric to the database, then check the file again</source>
        <translation>将此指标添加到数据库，然后重新检查文件</translation>
    </message>
    <message>
        <source>Add this entity to the database, then check the file again</source>
        <translation>将此主体添加到数据库，然后重新检查文件</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>更新预览</translation>
    </message>
    <message>
        <source>SEC filings (EDGAR XBRL company facts): %1</source>
        <translation>SEC申报文件（EDGAR XBRL公司财务数据）：%1</translation>
    </message>
    <message>
        <source>Nothing will be written while a company fails: try again later, or leave it out.</source>
        <translation>只要有公司读取失败，就不会写入任何数据：请稍后再试，或不选该公司。</translation>
    </message>
    <message>
        <source>The database already holds every figure of these filings.</source>
        <translation>数据库已包含这些申报文件中的全部数字。</translation>
    </message>
    <message numerus="yes">
        <source>%n new entity(ies) will be created.</source>
        <translation>
            <numerusform>将新建 %n 个实体。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
</context>
<context>
    <name>capex::ui::JevonsChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br/&gt;Unit price %3 · Demand %4 · Spend %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br/&gt;单价 %3 · 需求 %4 · 支出 %5</translation>
    </message>
    <message>
        <source>Spend: %1</source>
        <translation>支出：%1</translation>
    </message>
    <message>
        <source>Jevons paradox: price, demand and spend (index, %1 = 1)</source>
        <translation>杰文斯悖论：价格、需求与支出（指数，%1年 = 1）</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Demand (work done)</source>
        <translation>需求（完成的工作量）</translation>
    </message>
    <message>
        <source>Spend = price × demand</source>
        <translation>支出 = 价格 × 需求</translation>
    </message>
    <message>
        <source>Spend above base year: Jevons backfire</source>
        <translation>支出高于基准年：杰文斯回弹</translation>
    </message>
    <message>
        <source>Spend below base year: compute over-built</source>
        <translation>支出低于基准年：算力过度建设</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Index (log scale)</source>
        <translation>指数（对数坐标）</translation>
    </message>
    <message>
        <source>elasticity %1 &gt; 1: Jevons backfire, cheaper compute raises spend</source>
        <translation>弹性 %1 &gt; 1：杰文斯回弹，算力越便宜总支出越高</translation>
    </message>
    <message>
        <source>elasticity %1 &lt; 1: cheaper compute lowers spend, the over-built case</source>
        <translation>弹性 %1 &lt; 1：算力变便宜使总支出下降，即“算力过剩”情形</translation>
    </message>
    <message>
        <source>elasticity 1: spend moves only with adoption</source>
        <translation>弹性为1：支出只随应用普及变化</translation>
    </message>
    <message>
        <source>Spend stays flat as the price falls %1 a year (%2), %3–%4.</source>
        <translation>价格每年下降%1，支出保持不变（%2），%3–%4年。</translation>
    </message>
    <message>
        <source>Spend grows %1 a year as the price falls %2 a year (%3), %4–%5.</source>
        <translation>价格每年下降%2，支出每年增长%1（%3），%4–%5年。</translation>
    </message>
    <message>
        <source>Spend falls %1 a year as the price falls %2 a year (%3), %4–%5.</source>
        <translation>价格每年下降%2，支出每年下降%1（%3），%4–%5年。</translation>
    </message>
</context>
<context>
    <name>capex::ui::JevonsPage</name>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>The parameters in which the compared scenarios differ</source>
        <translation>各对比情景之间不同的参数</translation>
    </message>
    <message>
        <source>Jevons scenario</source>
        <translation>杰文斯情景</translation>
    </message>
</context>
<context>
    <name>capex::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Capex Lens</source>
        <translation>关于算力透视(&amp;A)</translation>
    </message>
    <message>
        <source>Dataset version %1 · %2 figures from %3 sources</source>
        <translation>数据集版本 %1 · %2 个数字，来自 %3 个来源</translation>
    </message>
    <message>
        <source> · database %1</source>
        <translation> · 数据库 %1</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · 只读</translation>
    </message>
    <message>
        <source>About Capex Lens</source>
        <translation>关于算力透视</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Capex Lens %1&lt;/h3&gt;&lt;p&gt;The economics of AI compute: hyperscaler capex, GPU fleets, cost curves and the Jevons paradox, with every figure&apos;s source.&lt;/p&gt;&lt;p&gt;Dataset version %2 (released %3): %4 figures from %5 sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;算力透视 %1&lt;/h3&gt;&lt;p&gt;AI 算力经济学：超大规模云厂商资本开支、GPU 保有量、成本曲线与杰文斯悖论，每个数字均附来源。&lt;/p&gt;&lt;p&gt;数据集版本 %2（发布于 %3）：%4 个数字，来自 %5 个来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in data…</source>
        <translation>在数据中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search every figure in English or Chinese</source>
        <translation>以中文或英文搜索所有数字</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>新建情景(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the base scenario</source>
        <translation>从基准情景重新开始</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开情景(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>保存情景(&amp;S)</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>情景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>Apply &amp;preset</source>
        <translation>应用预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Scenario &amp;file…</source>
        <translation>情景文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Stop comparing</source>
        <translation>停止对比(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset all assumptions</source>
        <translation>重置全部假设(&amp;R)</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设参数</translation>
    </message>
    <message>
        <source>&amp;Assumptions panel</source>
        <translation>假设参数面板(&amp;A)</translation>
    </message>
    <message>
        <source>%1[*] — Capex Lens — AI compute economics</source>
        <translation>%1[*] — 算力透视 — AI 算力经济学</translation>
    </message>
    <message>
        <source>Capex Lens scenarios (*.json);;All files (*)</source>
        <translation>算力透视情景文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存情景</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开情景</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Capex Lens</source>
        <translation>算力透视</translation>
    </message>
    <message>
        <source>The scenario “%1” has unsaved changes. Save them?</source>
        <translation>情景“%1”有未保存的更改，是否保存？</translation>
    </message>
    <message>
        <source>The scenario was not opened. %1</source>
        <translation>未打开该情景。%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>无法对比 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>View → Theme: the colours of the desktop</extracomment>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>SEC filings: %1 added, %2 updated</source>
        <translation>SEC申报文件：新增 %1 条，更新 %2 条</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Update from &amp;SEC filings…</source>
        <translation>从SEC申报文件更新(&amp;S)…</translation>
    </message>
    <message>
        <source>Read capex from the companies&apos; SEC filings (EDGAR), after a preview</source>
        <translation>从各公司的SEC申报文件（EDGAR）读取资本开支，先预览</translation>
    </message>
    <message>
        <source>Reading the database %1…</source>
        <translation>正在读取数据库 %1…</translation>
    </message>
    <message>
        <source>Data as of %1: figures published later are hidden</source>
        <translation>数据截至 %1：之后发布的数字已隐去</translation>
    </message>
</context>
<context>
    <name>capex::ui::ModelChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Model: Capex Lens projection of scenario “%1” (equations in docs/model.md). Sources: %2</source>
        <translation>模型：算力透视对情景“%1”的推演（公式见 docs/model.md）。来源：%2</translation>
    </message>
</context>
<context>
    <name>capex::ui::ObservationChart</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Source: %1, “%2” (%3)</source>
        <translation>来源：%1，《%2》（%3）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Actual (solid, filled markers)</source>
        <translation>实际值（实线、实心标记）</translation>
    </message>
    <message>
        <source>Guidance (range bar)</source>
        <translation>公司指引（区间条）</translation>
    </message>
    <message>
        <source>Estimate / forecast (hollow, dashed)</source>
        <translation>估计/预测（空心、虚线）</translation>
    </message>
    <message>
        <source>Model projection (dotted)</source>
        <translation>模型推演（点线）</translation>
    </message>
    <message>
        <source>USD, hundreds of millions</source>
        <comment>axis unit: 亿美元</comment>
        <translation>亿美元</translation>
    </message>
    <message>
        <source>RMB, hundreds of millions</source>
        <comment>axis unit: 亿元人民币</comment>
        <translation>亿元人民币</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>RMB billions</source>
        <translation>十亿元人民币</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n estimate(s), from %1 to %2</source>
        <translation>
            <numerusform>%n 个估计值，从 %1 到 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forecast(s), from %1 to %2</source>
        <translation>
            <numerusform>%n 个预测值，从 %1 到 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reported figure(s), from %1 to %2</source>
        <translation>
            <numerusform>%n 个公布值，从 %1 到 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) (%1), from %2 to %3</source>
        <translation>
            <numerusform>%n 个数据（%1），从 %2 到 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see each figure on the Data page</source>
        <translation>点击在“数据”页查看每个数据</translation>
    </message>
</context>
<context>
    <name>capex::ui::ObservationEditor</name>
    <message>
        <source>Calendar year</source>
        <translation>日历年</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>添加数字</translation>
    </message>
    <message>
        <source>Edit figure</source>
        <translation>编辑数字</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>主体(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Range (low – high):</source>
        <translation>区间（下限 – 上限）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>证据等级(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Note (&amp;English):</source>
        <translation>备注（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Note (&amp;Chinese):</source>
        <translation>备注（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>ending in</source>
        <translation>截止于</translation>
    </message>
    <message>
        <source>e.g. 96.4e9, 96,400,000,000 or 964亿</source>
        <translation>例如 96.4e9、96,400,000,000 或 964亿</translation>
    </message>
    <message>
        <source>low (optional)</source>
        <translation>下限（可选）</translation>
    </message>
    <message>
        <source>high (optional)</source>
        <translation>上限（可选）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when the figure was published (optional)</source>
        <translation>YYYY-MM-DD，该数字的发布日期（可选）</translation>
    </message>
    <message>
        <source>The figure itself; leave empty for a range without a point value</source>
        <translation>数字本身；若只有区间而无点值，请留空</translation>
    </message>
    <message>
        <source>The currency the figure was published in; needs an exchange rate in the store</source>
        <translation>该数字发布时所用的货币；数据库中需有其汇率</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Calendar quarter</source>
        <translation>日历季度</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>财季</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>a quarter in the figure editor</comment>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>For a fiscal quarter, Q1 starts the month after the previous fiscal year ends</source>
        <translation>财季的第1季度始于上一财年结束后的次月</translation>
    </message>
</context>
<context>
    <name>capex::ui::ObservationHistoryChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Values over time</source>
        <translation>历次取值</translation>
    </message>
</context>
<context>
    <name>capex::ui::ObservationTableModel</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>证据等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>you</source>
        <comment>entered by</comment>
        <translation>您</translation>
    </message>
    <message>
        <source>Entered or edited by you: dataset updates leave it alone</source>
        <translation>由您录入或修改：数据集更新不会改动它</translation>
    </message>
    <message>
        <source>From the bundled dataset</source>
        <translation>来自内置数据集</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入者</translation>
    </message>
</context>
<context>
    <name>capex::ui::OverbuildMapChart</name>
    <message>
        <source>&lt;b&gt;Current scenario&lt;/b&gt;&lt;br/&gt;%1: %2</source>
        <translation>&lt;b&gt;当前情景&lt;/b&gt;&lt;br/&gt;%1：%2</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <source>Plan ÷ required in %1: not defined (nothing required)</source>
        <translation>%1年计划 ÷ 所需：无定义（无所需投入）</translation>
    </message>
    <message>
        <source>Plan ÷ required in %1: %2</source>
        <translation>%1年计划 ÷ 所需：%2</translation>
    </message>
    <message>
        <source>Over-built: the plan exceeds what demand requires</source>
        <translation>过度建设：计划超过需求所需</translation>
    </message>
    <message>
        <source>Short: demand requires more than the plan</source>
        <translation>短缺：需求所需多于计划</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%2年的 %1：%3</translation>
    </message>
    <message>
        <source>planned ÷ required AI capex</source>
        <translation>计划 ÷ 所需AI资本开支</translation>
    </message>
    <message>
        <source>Over-build map: %1 in %2</source>
        <translation>过度建设地图：%2年的%1</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>当前情景</translation>
    </message>
    <message>
        <source>Plan = required: over-built above (red), short below (blue)</source>
        <translation>计划 = 所需：其上过度建设（红），其下短缺（蓝）</translation>
    </message>
    <message>
        <source>Equal to the current scenario</source>
        <translation>与当前情景相等</translation>
    </message>
</context>
<context>
    <name>capex::ui::OverbuildMapPage</name>
    <message>
        <source>not defined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <source>In %1 the plan is %2 what demand requires in the current scenario. Over the map&apos;s %3 combinations the plan exceeds the requirement (over-built, red) in %4 of them; the black line is where they are equal.</source>
        <translation>当前情景下，%1年的计划是需求所需的 %2。在地图的 %3 种组合中，计划超过所需（过度建设，红色）的占 %4；黑线为两者相等处。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 in the current scenario; %4 of the map&apos;s combinations lie above it.</source>
        <translation>%2年的 %1：当前情景为 %3；地图中高于它的组合占 %4。</translation>
    </message>
    <message>
        <source>&amp;Across:</source>
        <translation>横轴(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Up:</source>
        <translation>纵轴(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Plan ÷ required</source>
        <translation>计划 ÷ 所需</translation>
    </message>
    <message>
        <source>Required AI capex</source>
        <translation>所需AI资本开支</translation>
    </message>
    <message>
        <source>Required fleet (H100e)</source>
        <translation>所需机群（等效H100）</translation>
    </message>
    <message>
        <source>Required power (GW)</source>
        <translation>所需电力（吉瓦）</translation>
    </message>
    <message>
        <source>Plan − required</source>
        <translation>计划 − 所需</translation>
    </message>
    <message>
        <source>Spend index</source>
        <translation>支出指数</translation>
    </message>
    <message>
        <source>Over-build map</source>
        <translation>过度建设地图</translation>
    </message>
</context>
<context>
    <name>capex::ui::OverviewCard</name>
    <message>
        <source>Click for details</source>
        <translation>点击查看详情</translation>
    </message>
</context>
<context>
    <name>capex::ui::OverviewPage</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>GPU fleet estimate, end of %1</source>
        <translation>GPU保有量估计（%1年末）</translation>
    </message>
    <message>
        <source>%1 – %2 H100e</source>
        <translation>%1 – %2 张H100等效</translation>
    </message>
    <message>
        <source>Sum over the %1 companies one source covers</source>
        <translation>同一来源覆盖的%1家公司之和</translation>
    </message>
    <message>
        <source>Training compute: DeepSeek-V3 vs Llama 3.1 405B</source>
        <translation>训练算力：DeepSeek-V3 对比 Llama 3.1 405B</translation>
    </message>
    <message>
        <source>%1 vs %2 GPU-hours</source>
        <translation>%1 对 %2 GPU小时</translation>
    </message>
    <message>
        <source>Llama 3.1 405B used %1 the GPU-hours; V3&apos;s run cost %2 at $2 per H800-hour</source>
        <translation>Llama 3.1 405B 所用GPU小时是V3的%1；按每H800小时2美元计，V3训练花费%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1 and %n more</source>
        <translation>
            <numerusform>来源：%1 等，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on the same quarter a year before</source>
        <translation>同比 %1</translation>
    </message>
    <message>
        <source>no figure for the same quarter a year before</source>
        <translation>无上年同季度数据</translation>
    </message>
    <message>
        <source>Capex of the 4 US hyperscalers, %1</source>
        <translation>美国四大云厂商资本开支，%1</translation>
    </message>
    <message>
        <source>Capex of the 4 US hyperscalers, latest quarter</source>
        <translation>美国四大云厂商最新季度资本开支</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No quarter that all four have reported</source>
        <translation>没有四家公司均已披露的季度</translation>
    </message>
    <message>
        <source>%1 capex guidance, sum of %2 US hyperscalers</source>
        <translation>%2家美国云厂商%1年资本开支指引合计</translation>
    </message>
    <message>
        <source>Each company&apos;s latest statement; ranges added end to end</source>
        <translation>各公司最新一次指引；区间按上下限分别相加</translation>
    </message>
    <message>
        <source>%1 H100e</source>
        <translation>%1 张H100等效</translation>
    </message>
</context>
<context>
    <name>capex::ui::ParameterText</name>
    <message>
        <source>%1 was saved by an earlier version (scenario schema 1) and has been read with the model&apos;s version 2: capex_growth.&lt;company&gt; is now the growth the plan fades from after the guidance (it used to compound for every year), and the plan follows the guided years first; the saved values are kept as they were.</source>
        <translation>%1 由早期版本保存（情景格式 1），已按模型第 2 版读取：capex_growth.&lt;公司&gt; 现为指引之后计划开始回落时的增速（以前按每年复利），计划先沿用指引年份；保存的数值原样保留。</translation>
    </message>
</context>
<context>
    <name>capex::ui::QuarterlyTableModel</name>
    <message>
        <source>%1 is not reported</source>
        <translation>%1未披露</translation>
    </message>
    <message>
        <source>  on the year before</source>
        <translation>  同比</translation>
    </message>
    <message>
        <source>Company (trailing 12 months, %1)</source>
        <translation>公司（近12个月，%1）</translation>
    </message>
    <message>
        <source>Company (quarter, %1)</source>
        <translation>公司（季度，%1）</translation>
    </message>
    <message>
        <source>growth on the year before</source>
        <translation>同比增速</translation>
    </message>
</context>
<context>
    <name>capex::ui::ReferenceDialog</name>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create entity “%1”</source>
        <translation>创建主体“%1”</translation>
    </message>
    <message>
        <source>Create metric “%1”</source>
        <translation>创建指标“%1”</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI模型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Research lab</source>
        <translation>研究机构</translation>
    </message>
    <message>
        <source>Aggregate (a sum of several)</source>
        <translation>汇总（多个主体之和）</translation>
    </message>
    <message>
        <source>money (the figure gives its currency)</source>
        <translation>金额（数字自带货币）</translation>
    </message>
    <message>
        <source>optional; the English name is shown when empty</source>
        <translation>可选；留空时显示英文名称</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>capex::ui::ReportWriter</name>
    <message>
        <source>Capex Lens report: %1</source>
        <translation>算力透视报告：%1</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Every parameter of the scenario, its default and where the default comes from. Values that differ from the default are highlighted.</source>
        <translation>情景的每个参数、其默认值及默认值的出处。与默认值不同的取值以高亮显示。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Cost curve</source>
        <translation>成本曲线</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>The %n source(s) of the dataset (version %1, released %2), with their dates and addresses.</source>
        <translation>
            <numerusform>数据集（版本 %1，发布于 %2）的 %n 个来源，附日期与网址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Capex Lens · AI compute economics</source>
        <translation>算力透视 · AI算力经济学</translation>
    </message>
    <message>
        <source>Scenario report</source>
        <translation>情景报告</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>version %1, released %2: %3 figures from %4 sources</source>
        <translation>版本 %1，发布于 %2：%3 个数字，来自 %4 个来源</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>推演</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>无法绘制报告。</translation>
    </message>
    <message>
        <source>Capex Lens · scenario “%1” · %2</source>
        <translation>算力透视 · 情景“%1” · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
</context>
<context>
    <name>capex::ui::SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>capex::ui::ScenarioDocument</name>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置%1</translation>
    </message>
    <message>
        <source>Reset all assumptions</source>
        <translation>重置全部假设</translation>
    </message>
    <message>
        <source>Choose cost curve</source>
        <translation>选择成本曲线</translation>
    </message>
    <message>
        <source>Change company selection</source>
        <translation>修改公司选择</translation>
    </message>
    <message>
        <source>Apply preset “%1”</source>
        <translation>应用预设“%1”</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Base scenario</source>
        <translation>基准情景</translation>
    </message>
    <message>
        <source>Choose fleet estimates</source>
        <translation>选择机群估计来源</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
</context>
<context>
    <name>capex::ui::SecUpdateDialog</name>
    <message>
        <source>Company facts downloaded from SEC EDGAR</source>
        <translation>从SEC EDGAR下载的公司财务数据</translation>
    </message>
    <message>
        <source>Company facts (*.json);;All files (*)</source>
        <translation>公司财务数据 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be updated.</source>
        <translation>数据库以只读方式打开：无法更新。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Tick at least one company, or add a downloaded company-facts file.</source>
        <translation>请至少勾选一家公司，或添加一个已下载的公司财务数据文件。</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written, as %n of the companies could not be read (see the list).</source>
        <translation>
            <numerusform>未写入任何数据：有 %n 家公司的数据无法读取（见列表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <source>The database already holds every figure of these filings: nothing to write.</source>
        <translation>数据库已包含这些申报文件中的全部数字：无需写入。</translation>
    </message>
    <message>
        <source>Written: %1 added, %2 updated, %3 unchanged. Backup of the database before the update: %4</source>
        <translation>已写入：新增 %1 条，更新 %2 条，%3 条不变。更新前的数据库备份：%4</translation>
    </message>
    <message>
        <source>Update from SEC filings</source>
        <translation>从SEC申报文件更新</translation>
    </message>
    <message>
        <source>Reads each company&apos;s payments for property and equipment from its filings with the SEC (EDGAR XBRL company facts) into “capex_cash”: fiscal years and quarters, each citing its filing. What would change is shown before anything is written. The bundled headline capex is not touched.</source>
        <translation>从各公司向SEC提交的申报文件（EDGAR XBRL公司财务数据）读取购置物业及设备的支出，写入“capex_cash”（现金口径资本开支）：含财年和季度，每个数字注明其申报文件。写入前先显示将发生的变化。内置的公布口径资本开支（capex）不受影响。</translation>
    </message>
    <message>
        <source>&amp;User-Agent:</source>
        <translation>User-Agent(&amp;U)：</translation>
    </message>
    <message>
        <source>Your name or organisation and e-mail, e.g. Jane Doe jane@example.com</source>
        <translation>您的姓名或机构及邮箱，例如 Jane Doe jane@example.com</translation>
    </message>
    <message>
        <source>SEC serves its data only to programs that name who is asking, with a contact e-mail address; it is sent with each request and remembered. At most ten requests a second are made.</source>
        <translation>SEC 只向写明请求者及联系邮箱的程序提供数据；该信息随每次请求发送，并会被记住。每秒最多发出十次请求。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>EDGAR</source>
        <translation>EDGAR</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Fetch and preview</source>
        <translation>获取并预览(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch the ticked companies&apos; facts, then show what would change</source>
        <translation>获取所勾选公司的财务数据，然后显示将发生的变化</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Read a company-facts file downloaded from data.sec.gov instead of fetching it</source>
        <translation>读取从 data.sec.gov 下载的公司财务数据文件，而不联网获取</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%v of %m companies</source>
        <translation>%v / %m 家公司</translation>
    </message>
</context>
<context>
    <name>capex::ui::SecUpdateRunner</name>
    <message>
        <source>HTTP %1: trying again in %2 s (attempt %3 of %4)</source>
        <translation>HTTP %1：%2 秒后重试（第 %3 次，共 %4 次）</translation>
    </message>
</context>
<context>
    <name>capex::ui::SourceEditor</name>
    <message>
        <source>Edit source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>发布方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>网址(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. Meta, 财联社, Morgan Stanley</source>
        <translation>例如 Meta、财联社、Morgan Stanley</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://…（可选）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>capex::ui::SourceTableModel</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>(seed article)</source>
        <translation>（原始文章）</translation>
    </message>
    <message>
        <source>No web address</source>
        <translation>无网址</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>引用数</translation>
    </message>
    <message>
        <source>Via seed article</source>
        <translation>转引自原始文章</translation>
    </message>
    <message>
        <source>(entered by you)</source>
        <translation>（由您录入）</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>已由您修改</translation>
    </message>
</context>
<context>
    <name>capex::ui::SourcesPage</name>
    <message>
        <source>&lt;p&gt;Select a source to see its address.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个来源，查看其网址。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No web address: cited from the seed article or print.</source>
        <translation>无网址：转引自原始文章或纸质出版物。</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n figure(s).</source>
        <translation>
            <numerusform>被 %n 个数字引用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s), of which %1 seed articles, behind %2 figures.</source>
        <translation>
            <numerusform>%n 个来源（其中原始文章 %1 篇），支撑 %2 个数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) cite this source: it cannot be deleted</source>
        <translation>
            <numerusform>%n 个数字引用了此来源：无法删除</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected source (Del); Edit → Undo brings it back</source>
        <translation>删除所选来源（Del）；可通过“编辑 → 撤销”恢复</translation>
    </message>
    <message>
        <source>The source was not added: %1</source>
        <translation>未能添加该来源：%1</translation>
    </message>
    <message>
        <source>The source was not changed: %1</source>
        <translation>未能修改该来源：%1</translation>
    </message>
    <message>
        <source>The source was not deleted: %1</source>
        <translation>未能删除该来源：%1</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>添加来源(&amp;A)…</translation>
    </message>
    <message>
        <source>Enter a source of your own to cite in your figures</source>
        <translation>录入您自己的来源，供您的数字引用</translation>
    </message>
    <message>
        <source>&amp;Edit source…</source>
        <translation>编辑来源(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected source (F2); dataset updates then leave it alone</source>
        <translation>修改所选来源（F2）；数据集更新此后不会改动它</translation>
    </message>
    <message>
        <source>&amp;Delete source</source>
        <translation>删除来源(&amp;D)</translation>
    </message>
</context>
<context>
    <name>capex::ui::SpreadsheetExport</name>
    <message>
        <source>Figures</source>
        <comment>sheet name</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>证据等级</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>主体 ID</translation>
    </message>
    <message>
        <source>Metric id</source>
        <translation>指标 ID</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>sheet name</comment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>Figures cited</source>
        <translation>引用数</translation>
    </message>
    <message>
        <source>Projection</source>
        <comment>sheet name</comment>
        <translation>推演</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <comment>sheet name</comment>
        <translation>假设</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Cost curve</source>
        <translation>成本曲线</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>The workbook could not be made: %1</source>
        <translation>无法生成工作簿：%1</translation>
    </message>
    <message>
        <source>Records</source>
        <comment>sheet name</comment>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>capex::ui::TornadoChart</name>
    <message>
        <source>Parameter at its low end</source>
        <translation>参数取下限</translation>
    </message>
    <message>
        <source>Parameter at its high end</source>
        <translation>参数取上限</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2: %3 (baseline %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 取 %2：%3（基准 %4）</translation>
    </message>
    <message>
        <source>USD, hundreds of millions</source>
        <comment>axis unit: 亿美元</comment>
        <translation>亿美元</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>H100 equivalents, tens of thousands</source>
        <comment>axis unit: 万张H100等效</comment>
        <translation>万张H100等效</translation>
    </message>
    <message>
        <source>H100 equivalents, millions</source>
        <translation>百万张H100等效</translation>
    </message>
    <message>
        <source>Value of the output</source>
        <translation>输出值</translation>
    </message>
    <message>
        <source>What moves %1 in %2 most: one parameter at a time</source>
        <translation>对%2年%1影响最大的因素：每次只改变一个参数</translation>
    </message>
    <message>
        <source>the spend index</source>
        <translation>支出指数</translation>
    </message>
    <message>
        <source>the required fleet</source>
        <translation>所需保有量</translation>
    </message>
    <message>
        <source>planned ÷ required capex</source>
        <translation>计划 ÷ 所需资本开支</translation>
    </message>
    <message>
        <source>required AI capex</source>
        <translation>所需AI资本开支</translation>
    </message>
    <message>
        <source>Model: Capex Lens projection of scenario “%1”; each parameter moved to the ends of its range in the specification (docs/model.md), the others at their current values.</source>
        <translation>模型：算力透视对情景“%1”的推演；每个参数分别移至规格说明（docs/model.md）中取值范围的两端，其他参数保持当前值。</translation>
    </message>
</context>
<context>
    <name>capex::ui::TrackRecordChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Plan on %2: %3 of AI capex</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 时的计划：AI资本开支 %3</translation>
    </message>
    <message>
        <source>Required by the model on %1: %2</source>
        <translation>%1 时模型所需：%2</translation>
    </message>
    <message>
        <source>Reported since: %1 (AI share of total capex)</source>
        <translation>其后披露：%1（资本开支中的AI部分）</translation>
    </message>
    <message>
        <source>Plan error: %1</source>
        <translation>计划误差：%1</translation>
    </message>
    <message>
        <source>Not yet reported by every company</source>
        <translation>尚未有全部公司披露</translation>
    </message>
    <message>
        <source>Fleet: model %1, estimated since %2 H100e (%3)</source>
        <translation>机群：模型 %1，其后估计 %2 张等效H100（%3）</translation>
    </message>
    <message>
        <source>Plan and model: the data as known on %1; actuals: the companies&apos; reports since (capex, calendar years).</source>
        <translation>计划与模型：%1 当时已知的数据；实际值：各公司其后的披露（资本开支，自然年）。</translation>
    </message>
    <message>
        <source>On %1 the plan for %2 was %3 of AI capex; the companies spent %4, %5 more.</source>
        <translation>%1 时，%2年的计划为AI资本开支 %3；各公司实际支出 %4，多出 %5。</translation>
    </message>
    <message>
        <source>On %1 the plan for %2 was %3 of AI capex; the companies spent %4, %5 less.</source>
        <translation>%1 时，%2年的计划为AI资本开支 %3；各公司实际支出 %4，少了 %5。</translation>
    </message>
    <message>
        <source>On %1 the data held no capex actual for the selected companies: there was no plan to check.</source>
        <translation>%1 时数据中没有所选公司的资本开支实际值：无计划可检验。</translation>
    </message>
    <message>
        <source>No year after %1 has been reported by every company yet.</source>
        <translation>%1 之后尚无任何年份已由全部公司披露。</translation>
    </message>
    <message>
        <source>Track record: the plan and the model on %1 against what followed</source>
        <translation>回溯检验：%1 时的计划与模型对照其后实际</translation>
    </message>
    <message>
        <source>Planned AI capex, as known on %1</source>
        <translation>计划AI资本开支（%1 时已知）</translation>
    </message>
    <message>
        <source>Required by the model on %1</source>
        <translation>%1 时模型所需</translation>
    </message>
    <message>
        <source>Reported since (AI share of actual capex)</source>
        <translation>其后披露（实际资本开支中的AI部分）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>AI capex, 100 million USD</source>
        <comment>axis unit: 亿美元</comment>
        <translation>AI资本开支，亿美元</translation>
    </message>
    <message>
        <source>AI capex, billion USD</source>
        <translation>AI资本开支，十亿美元</translation>
    </message>
    <message>
        <source>100 million USD</source>
        <comment>brief axis unit: 亿美元</comment>
        <translation>亿美元</translation>
    </message>
    <message>
        <source>USD bn</source>
        <comment>brief axis title</comment>
        <translation>十亿美元</translation>
    </message>
</context>
<context>
    <name>capex::ui::TrackRecordPage</name>
    <message>
        <source>Plan and model as known &amp;on:</source>
        <translation>计划与模型的时点(&amp;O)：</translation>
    </message>
    <message>
        <source>The model runs on the data as published by this date (the plan is the guidance then standing) and is set beside what the companies reported afterwards</source>
        <translation>模型以截至该日期已发布的数据运行（计划即当时有效的指引），并与各公司其后的披露对照</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>回溯检验</translation>
    </message>
</context>
<context>
    <name>capex::ui::TrainingCostChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%3&lt;br/&gt;In %4 under the selected curve: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br/&gt;%3&lt;br/&gt;按所选曲线，%4年：%5</translation>
    </message>
    <message>
        <source>Reported: 2.788 M H800 GPU-hours at $2</source>
        <translation>公开披露：278.8万H800 GPU小时，每小时2美元</translation>
    </message>
    <message>
        <source>%1 H100 GPU-hours at DeepSeek&apos;s $%2 per GPU-hour</source>
        <translation>%1 H100 GPU小时，按DeepSeek每GPU小时%2美元计</translation>
    </message>
    <message>
        <source>Media estimate</source>
        <translation>媒体估计</translation>
    </message>
    <message>
        <source>Training runs: cost then, and the same run in %1</source>
        <translation>训练任务：当时成本与同一任务在%1年的成本</translation>
    </message>
    <message>
        <source>Cost of the run</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <source>Same run in %1 (selected curve)</source>
        <translation>同一任务在%1年（所选曲线）</translation>
    </message>
    <message>
        <source>USD millions (log scale)</source>
        <translation>百万美元（对数坐标）</translation>
    </message>
    <message>
        <source>Sources: %1. Later cost: cost × (1 − cost decline)^(years later).</source>
        <translation>来源：%1。之后的成本 = 成本 × (1 − 成本年降幅)^(间隔年数)。</translation>
    </message>
    <message>
        <source>Reported (Nature): reinforcement learning on 512 H800, on top of V3&apos;s base model</source>
        <translation>已披露（《自然》）：在V3基座模型之上用512张H800进行强化学习</translation>
    </message>
</context>
<context>
    <name>capex::ui::TrainingCostPage</name>
    <message>
        <source>Cost of the same runs in &amp;year:</source>
        <translation>同样训练任务的成本，年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The year in which to price the same training runs under the selected cost curve</source>
        <translation>按所选成本曲线，为同样训练任务计价的年份</translation>
    </message>
    <message>
        <source>Training cost</source>
        <translation>训练成本</translation>
    </message>
</context>
<context>
    <name>capex::ui::UncertaintyPage</name>
    <message>
        <source>%1 runs done</source>
        <translation>已完成 %1 次</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>次数(&amp;R)：</translation>
    </message>
    <message>
        <source>Monte Carlo runs, 1,000 to 1,000,000</source>
        <translation>蒙特卡洛模拟次数，1,000 到 1,000,000</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>The same seed gives the same percentiles, whatever the number of threads</source>
        <translation>相同的随机种子给出相同的百分位数，与线程数无关</translation>
    </message>
    <message>
        <source>Run &amp;simulation</source>
        <translation>运行模拟(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rerun when assumptions change</source>
        <translation>假设变化时重新运行</translation>
    </message>
    <message>
        <source>Moving a slider cancels the run under way and starts a new one</source>
        <translation>移动滑块会取消正在进行的运行并重新开始</translation>
    </message>
    <message>
        <source>&amp;Goal seek…</source>
        <translation>单变量求解(&amp;G)…</translation>
    </message>
    <message>
        <source>Find the value of a parameter that makes an output reach a target</source>
        <translation>寻找使某个输出达到目标值的参数取值</translation>
    </message>
    <message>
        <source>Tornado &amp;output:</source>
        <translation>龙卷风图输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>年份(&amp;E)：</translation>
    </message>
    <message>
        <source>Tick “uncertain” beside a parameter to draw it</source>
        <translation>在参数旁勾选“不确定”即可对其抽样</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>%1 runs while the slider moves</source>
        <translation>拖动滑块时运行 %1 次</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Capex Lens</source>
        <translation>算力透视</translation>
    </message>
    <message>
        <source>capexlens: --lang must be zh or en, not “%1”</source>
        <translation>capexlens：--lang 只能是 zh 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>Try &apos;capexlens --help&apos;.</source>
        <translation>请运行 &apos;capexlens --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>dataset version %1 (%2)
</source>
        <translation>数据集版本 %1（%2）
</translation>
    </message>
    <message>
        <source>capexlens: no display to open the dashboard on; use a command such as &apos;capexlens data export&apos; instead.</source>
        <translation>capexlens：没有可用的显示器来打开仪表盘；请改用 &apos;capexlens data export&apos; 等命令。</translation>
    </message>
    <message>
        <source>capexlens: no page “%1”; the pages are: %2</source>
        <translation>capexlens：没有页面“%1”；可用的页面：%2</translation>
    </message>
    <message>
        <source>capexlens: could not write %1</source>
        <translation>capexlens：无法写入 %1</translation>
    </message>
    <message>
        <source>capexlens: --window-size must be WIDTHxHEIGHT, e.g. 1366x768, not “%1”</source>
        <translation>capexlens：--window-size 应为 宽x高，例如 1366x768，而不是“%1”</translation>
    </message>
</context>
</TS>
