<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>capex::app</name>
    <message>
        <source>Try 'capexlens --help'.</source>
        <translation>请运行 'capexlens --help' 查看用法。</translation>
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
        <source>Usage: capexlens [--db PATH] [--lang zh|en] [COMMAND]

Capex Lens: hyperscaler capex, GPU fleets, cost curves and the Jevons paradox, with sources.
Without a command, opens the dashboard.

Commands:
  data export [--format json|csv] [--out FILE]   every observation with its source

Options:
  --db PATH        the database (default: $CAPEXLENS_DB, else ~/.local/share/CapexLens/capexlens.db)
  --lang zh|en     the language of the interface and of the output
  --help           this text
  --version        the program's and the dataset's versions

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation>用法：capexlens [--db 路径] [--lang zh|en] [命令]

算力透视（Capex Lens）：超大规模云厂商资本开支、GPU 保有量、成本曲线与杰文斯悖论，每个数字均附来源。
不带命令时打开仪表盘。

命令：
  data export [--format json|csv] [--out 文件]   导出全部观测值及其来源

选项：
  --db 路径        数据库（默认：$CAPEXLENS_DB，否则 ~/.local/share/CapexLens/capexlens.db）
  --lang zh|en     界面与输出的语言
  --help           显示本说明
  --version        显示程序与数据集版本

退出状态：0 成功，1 失败，2 用法错误。
</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
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
        <source>the field “%1” holds “%2”, which is not a year, a fiscal year (FY2025-06) or a date</source>
        <translation>字段“%1”的值“%2”既不是年份、财年（如 FY2025-06），也不是日期</translation>
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
</context>
<context>
    <name>capex::ui::CapexChart</name>
    <message>
        <source>No capex figures for the selected companies</source>
        <translation>所选公司没有资本开支数据</translation>
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
        <source>Renminbi (converted at each year's rate)</source>
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
        <source>Total capital expenditure, or the part companies attribute to AI</source>
        <translation>资本开支总额，或公司归于AI的部分</translation>
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
        <source>Show or hide %1</source>
        <translation>显示或隐藏%1</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本开支</translation>
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
        <source>Filters every column and both languages' names and notes</source>
        <translation>在所有列及中英文名称、备注中筛选</translation>
    </message>
    <message>
        <source>Double-click a figure for its full record and source</source>
        <translation>双击数字查看完整记录及来源</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
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
</context>
<context>
    <name>capex::ui::FleetPage</name>
    <message>
        <source>Each bar is one source's range for one company; the marker is its midpoint (LessWrong) or median (Epoch, whose Google figure counts Nvidia chips only, not TPUs). Filled: end of 2024; hollow: 2025. Hover a marker for the figure and its source.</source>
        <translation>每根竖条是一个来源对一家公司给出的区间；标记为其中点（LessWrong）或中位数（Epoch；其谷歌数字只计英伟达芯片，不含TPU）。实心：2024年末；空心：2025年。将鼠标悬停在标记上可查看数字及来源。</translation>
    </message>
    <message>
        <source>GPU fleet</source>
        <translation>GPU保有量</translation>
    </message>
</context>
<context>
    <name>capex::ui::MainWindow</name>
    <message>
        <source>Capex Lens — AI compute economics</source>
        <translation>算力透视 — AI 算力经济学</translation>
    </message>
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
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
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
        <source>&lt;h3&gt;Capex Lens %1&lt;/h3&gt;&lt;p&gt;The economics of AI compute: hyperscaler capex, GPU fleets, cost curves and the Jevons paradox, with every figure's source.&lt;/p&gt;&lt;p&gt;Dataset version %2 (released %3): %4 figures from %5 sources.&lt;/p&gt;</source>
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
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
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
        <source>Latest reported capex of %1 US hyperscalers</source>
        <translation>美国%1大云厂商最新披露的资本开支</translation>
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
        <source>Llama 3.1 405B used %1 the GPU-hours; V3's run cost %2 at $2 per H800-hour</source>
        <translation>Llama 3.1 405B 所用GPU小时是V3的%1；按每H800小时2美元计，V3训练花费%2</translation>
    </message>
    <message>
        <source>Cost decline in use</source>
        <translation>当前采用的成本降幅</translation>
    </message>
    <message>
        <source>−%1 a year</source>
        <translation>每年下降%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
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
        <source>Try 'capexlens --help'.</source>
        <translation>请运行 'capexlens --help' 查看用法。</translation>
    </message>
    <message>
        <source>dataset version %1 (%2)
</source>
        <translation>数据集版本 %1（%2）
</translation>
    </message>
    <message>
        <source>capexlens: no display to open the dashboard on; use a command such as 'capexlens data export' instead.</source>
        <translation>capexlens：没有可用的显示器来打开仪表盘；请改用 'capexlens data export' 等命令。</translation>
    </message>
</context>
</TS>