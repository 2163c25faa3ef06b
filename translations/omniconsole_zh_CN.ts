<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptCopyCommand</name>
    <message>
        <source>Accept generated copy into %1</source>
        <translation>将生成的文案写入%1</translation>
    </message>
</context>
<context>
    <name>ActivateModelCommand</name>
    <message>
        <source>Activate %1</source>
        <translation>启用 %1</translation>
    </message>
</context>
<context>
    <name>ApplyFixCommand</name>
    <message>
        <source>Fix %1 on %2</source>
        <translation>修正 %1 在 %2 上的刊登</translation>
    </message>
    <message>
        <source>Fix the price of %1 on %2</source>
        <translation>修正 %1 在%2的价格</translation>
    </message>
    <message>
        <source>Fix the title of %1 on %2</source>
        <translation>修正 %1 在%2的标题</translation>
    </message>
    <message>
        <source>Fix the description of %1 on %2</source>
        <translation>修正 %1 在%2的描述</translation>
    </message>
</context>
<context>
    <name>AuditJobs</name>
    <message numerus="yes">
        <source>Consistency audit: %n finding(s)</source>
        <translation>
            <numerusform>一致性检查：%n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTerms</name>
    <message>
        <source>Apparel</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>鞋靴</translation>
    </message>
    <message>
        <source>Bags</source>
        <translation>箱包</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美妆护肤</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家居</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>厨房用品</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>数码电器</translation>
    </message>
    <message>
        <source>Sports and outdoors</source>
        <translation>运动户外</translation>
    </message>
    <message>
        <source>Baby</source>
        <translation>母婴</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>适用年龄</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Battery life</source>
        <translation>续航时间</translation>
    </message>
    <message>
        <source>Bed size</source>
        <translation>床品尺寸</translation>
    </message>
    <message>
        <source>Blade length</source>
        <translation>刀刃长度</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Card slots</source>
        <translation>卡位数</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Compatible model</source>
        <translation>适用机型</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>直径</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>尺寸规格</translation>
    </message>
    <message>
        <source>Flavour</source>
        <translation>口味</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>净重</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>Roast</source>
        <translation>烘焙程度</translation>
    </message>
    <message>
        <source>Scent</source>
        <translation>香型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>厚度</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>净含量</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修期</translation>
    </message>
    <message>
        <source>Shelf life</source>
        <translation>保质期</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>适用肤质</translation>
    </message>
</context>
<context>
    <name>CopyJobs</name>
    <message>
        <source>This store has no copy model yet. Train one with &quot;Train copy model…&quot; first.</source>
        <translation>此店铺还没有文案模型。请先用“训练文案模型…”训练一个。</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n candidate(s) with %1: first token after %2 ms, %3 tokens/s</source>
        <translation>
            <numerusform>用 %1 生成了 %n 个候选：首个词元用时 %2 毫秒，每秒 %3 个词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained the copy model: held-out perplexity %1 after %n epoch(s)</source>
        <translation>
            <numerusform>文案模型训练完成：%n 轮后留出集困惑度 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n repeated text(s) dropped)</source>
        <translation>
            <numerusform>（已去掉 %n 个重复文案）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogueLabels</name>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Shipping time</source>
        <translation>配送时效</translation>
    </message>
    <message>
        <source>Return / refund</source>
        <translation>退货 / 退款</translation>
    </message>
    <message>
        <source>Exchange / size</source>
        <translation>换货 / 尺码</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>商品咨询</translation>
    </message>
    <message>
        <source>Coupon / promotion</source>
        <translation>优惠券 / 促销</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Greeting / thanks</source>
        <translation>问候 / 致谢</translation>
    </message>
    <message>
        <source>Ask for a human</source>
        <translation>转人工</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No hand-off</source>
        <translation>未转人工</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>置信度过低</translation>
    </message>
    <message>
        <source>Customer asked for a person</source>
        <translation>顾客要求人工服务</translation>
    </message>
    <message>
        <source>Two unhelpful turns</source>
        <translation>连续两轮未能解决</translation>
    </message>
</context>
<context>
    <name>EngagementCards</name>
    <message>
        <source>Web shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>手机应用</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation>实体门店</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交电商</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>IdentityDecisionCommand</name>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>IdentityEvidence</name>
    <message>
        <source>The customer&apos;s only account.</source>
        <translation>该客户唯一的账号。</translation>
    </message>
    <message>
        <source>The account the customer&apos;s other accounts are linked to.</source>
        <translation>该客户其他账号都关联到这个账号。</translation>
    </message>
    <message>
        <source>Loyalty card %1 on both %2 and %3.</source>
        <translation>%2 和 %3 都绑定了会员卡 %1。</translation>
    </message>
    <message>
        <source>Phone hash %1 on both %2 and %3.</source>
        <translation>%2 和 %3 的电话哈希都是 %1。</translation>
    </message>
    <message>
        <source>E-mail hash %1 on both %2 and %3.</source>
        <translation>%2 和 %3 的邮箱哈希都是 %1。</translation>
    </message>
    <message>
        <source>Device %1 on both %2 and %3.</source>
        <translation>%2 和 %3 使用同一设备 %1。</translation>
    </message>
    <message>
        <source>%1 and %2 were imported under the same customer record.</source>
        <translation>%1 和 %2 是在同一条客户记录下导入的。</translation>
    </message>
    <message>
        <source>An analyst merged %1 with %2.</source>
        <translation>分析师将 %1 与 %2 合并。</translation>
    </message>
    <message>
        <source>An analyst merged %1 with %2 (decision %3).</source>
        <translation>分析师将 %1 与 %2 合并（决定 %3）。</translation>
    </message>
    <message>
        <source>An analyst merged %1 with %2 (decision %3): “%4”.</source>
        <translation>分析师将 %1 与 %2 合并（决定 %3）：“%4”。</translation>
    </message>
</context>
<context>
    <name>IdentityJobs</name>
    <message>
        <source>Merge %1 with %2</source>
        <translation>将 %1 与 %2 合并</translation>
    </message>
    <message numerus="yes">
        <source>Split %n account(s) off %1</source>
        <translation>
            <numerusform>从 %1 拆分出 %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n account(s) moved, with %1 events, orders and reviews, in %2 s</source>
        <translation>
            <numerusform>已合并：移动了 %n 个账号，连同 %1 条事件、订单和评价，用时 %2 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split off: %n account(s) now a customer of their own, with %1 events, orders and reviews, in %2 s</source>
        <translation>
            <numerusform>已拆分：%n 个账号成为独立客户，连同 %1 条事件、订单和评价，用时 %2 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) back where they were, in %1 s</source>
        <translation>
            <numerusform>已撤销：%n 个账号恢复原来的归属，用时 %1 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHelp</name>
    <message>
        <source>Line layout: user item</source>
        <translation>行格式：user item</translation>
    </message>
    <message>
        <source>Required columns: %1</source>
        <translation>必填列：%1</translation>
    </message>
    <message>
        <source>Optional columns: %1</source>
        <translation>可选列：%1</translation>
    </message>
    <message>
        <source>Times: Unix seconds or ISO 8601 UTC, e.g. 2026-03-01T12:00:00Z.</source>
        <translation>时间：Unix 秒数或 ISO 8601 UTC 格式，例如 2026-03-01T12:00:00Z。</translation>
    </message>
    <message>
        <source>One row per account on a channel. Rows with the same customer_key are one customer; without it, each account becomes a customer of its own.</source>
        <translation>每行对应一个渠道账号。customer_key 相同的行属于同一位客户；没有 customer_key 时，每个账号各成为一位客户。</translation>
    </message>
    <message>
        <source>New products only: a SKU already in the store is an error. Attributes come as attr_&lt;name&gt; columns in CSV, or as an &quot;attributes&quot; object in JSON Lines.</source>
        <translation>仅限新商品：店铺数据中已存在的 SKU 会报错。属性在 CSV 中写作 attr_&lt;name&gt; 列，在 JSON Lines 中写作 &quot;attributes&quot; 对象。</translation>
    </message>
    <message>
        <source>Adds or replaces the listing of an existing product on a channel.</source>
        <translation>为已有商品新增或替换某个渠道上的上架信息。</translation>
    </message>
    <message>
        <source>type is one of view, click, search, add_to_cart, purchase, review. An account the store does not know yet becomes a new customer.</source>
        <translation>type 取值为 view、click、search、add_to_cart、purchase、review 之一。店铺数据中尚不存在的账号会成为新客户。</translation>
    </message>
    <message>
        <source>One row per order item; rows with the same order_key form one order. The order total is the sum of quantity × unit_price.</source>
        <translation>每行对应一个订单明细；order_key 相同的行组成同一笔订单。订单总额为 quantity × unit_price 之和。</translation>
    </message>
    <message>
        <source>MovieLens ratings.csv: users become customers and movies become products (titles from a movies.csv beside the file, if there is one); each rating becomes a review.</source>
        <translation>MovieLens 的 ratings.csv：用户成为客户，电影成为商品（如同目录下有 movies.csv，则从中读取片名）；每条评分成为一条评价。</translation>
    </message>
    <message>
        <source>Not CSV: one &quot;user item&quot; pair per line, separated by white space, oldest first. Each line becomes a purchase.</source>
        <translation>非 CSV 格式：每行一对“user item”，以空白分隔，按时间从早到晚排列。每行成为一次购买。</translation>
    </message>
</context>
<context>
    <name>IntentExampleCommand</name>
    <message>
        <source>Add example “%1”</source>
        <translation>添加样例“%1”</translation>
    </message>
    <message>
        <source>Remove example “%1”</source>
        <translation>删除样例“%1”</translation>
    </message>
    <message>
        <source>Edit example “%1”</source>
        <translation>编辑样例“%1”</translation>
    </message>
</context>
<context>
    <name>JobStage</name>
    <message>
        <source>Opening the store</source>
        <translation>正在打开店铺数据</translation>
    </message>
    <message>
        <source>writing orders</source>
        <translation>写入订单</translation>
    </message>
    <message>
        <source>updating daily activity</source>
        <translation>更新每日活跃统计</translation>
    </message>
    <message>
        <source>updating engagement aggregates</source>
        <translation>更新互动指标预汇总</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>events</source>
        <translation>行为事件</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>daily activity</source>
        <translation>每日活跃统计</translation>
    </message>
    <message>
        <source>loading accounts</source>
        <translation>正在读取账号</translation>
    </message>
    <message>
        <source>linking accounts</source>
        <translation>正在关联账号</translation>
    </message>
    <message>
        <source>assigning customers</source>
        <translation>正在分配客户</translation>
    </message>
    <message>
        <source>writing explanations</source>
        <translation>正在写入关联说明</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>loading customers</source>
        <translation>正在读取客户</translation>
    </message>
    <message>
        <source>sorting</source>
        <translation>正在排序</translation>
    </message>
    <message>
        <source>reading interactions</source>
        <translation>正在读取交互记录</translation>
    </message>
    <message>
        <source>evaluating</source>
        <translation>正在评估</translation>
    </message>
    <message>
        <source>training on all interactions</source>
        <translation>正在用全部交互重新训练</translation>
    </message>
    <message>
        <source>saving the model</source>
        <translation>正在保存模型</translation>
    </message>
    <message>
        <source>scoring customers</source>
        <translation>正在为客户打分</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>validating epoch %1</source>
        <translation>正在验证第 %1 轮</translation>
    </message>
    <message>
        <source>Reading products</source>
        <translation>正在读取商品</translation>
    </message>
    <message>
        <source>Saving products</source>
        <translation>正在保存商品</translation>
    </message>
    <message>
        <source>Exporting products</source>
        <translation>正在导出商品</translation>
    </message>
    <message>
        <source>reading the shop&apos;s text</source>
        <translation>读取店铺文本</translation>
    </message>
    <message>
        <source>building the copy corpus</source>
        <translation>构建文案语料</translation>
    </message>
    <message>
        <source>training the tokenizer</source>
        <translation>训练分词器</translation>
    </message>
    <message>
        <source>Counting words</source>
        <translation>统计词语</translation>
    </message>
    <message>
        <source>Learning merges</source>
        <translation>学习合并规则</translation>
    </message>
    <message>
        <source>encoding the corpus</source>
        <translation>编码语料</translation>
    </message>
    <message>
        <source>training the language model</source>
        <translation>训练语言模型</translation>
    </message>
    <message>
        <source>measuring held-out perplexity</source>
        <translation>计算留出集困惑度</translation>
    </message>
    <message>
        <source>writing copy</source>
        <translation>撰写文案</translation>
    </message>
    <message>
        <source>ranking copy</source>
        <translation>候选排序</translation>
    </message>
    <message>
        <source>Training the intent model</source>
        <translation>训练意图模型</translation>
    </message>
    <message>
        <source>Calibrating the intent model</source>
        <translation>校准意图模型</translation>
    </message>
    <message>
        <source>Cross-validation done</source>
        <translation>交叉验证完成</translation>
    </message>
    <message>
        <source>running test cases</source>
        <translation>运行测试用例</translation>
    </message>
    <message>
        <source>running test cases on every channel</source>
        <translation>在所有渠道上运行测试用例</translation>
    </message>
    <message>
        <source>cross-validation fold %1</source>
        <translation>交叉验证第 %1 折</translation>
    </message>
</context>
<context>
    <name>KbEditCommand</name>
    <message>
        <source>Edit article “%1”</source>
        <translation>编辑文章“%1”</translation>
    </message>
    <message>
        <source>Add article “%1”</source>
        <translation>添加文章“%1”</translation>
    </message>
</context>
<context>
    <name>ModelJobs</name>
    <message>
        <source>Trained %1: %2</source>
        <translation>已训练 %1：%2</translation>
    </message>
    <message>
        <source>Evaluated %1: %2</source>
        <translation>已评估 %1：%2</translation>
    </message>
    <message>
        <source>NDCG@10 %1</source>
        <translation>NDCG@10 %1</translation>
    </message>
    <message>
        <source>HR@10 %1</source>
        <translation>HR@10 %1</translation>
    </message>
    <message>
        <source>Recall@10 %1</source>
        <translation>Recall@10 %1</translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation>MRR %1</translation>
    </message>
    <message>
        <source>%1 s on %2</source>
        <translation>%1 秒（%2）</translation>
    </message>
    <message>
        <source>The model is no longer in this store.</source>
        <translation>该模型已不在此店铺数据中。</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n customer(s) with %1: %2 recommendations stored in %3 s</source>
        <translation>
            <numerusform>已用 %1 为 %n 位客户打分：保存了 %2 条推荐，用时 %3 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Open the store at PATH (created with a sample shop when missing).</source>
        <translation>打开位于 PATH 的店铺数据（文件不存在时新建并生成示例店铺）。</translation>
    </message>
    <message>
        <source>Size of the sample shop generated for a new store: tiny or demo.</source>
        <translation>为新店铺数据生成的示例店铺规模：tiny 或 demo。</translation>
    </message>
    <message>
        <source>Interface language for this run: en or zh_CN.</source>
        <translation>本次运行使用的界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Wait until the page&apos;s data is loaded, save the window to FILE.png and quit.</source>
        <translation>等待页面数据加载完成后，将窗口截图保存为 FILE.png 并退出。</translation>
    </message>
    <message>
        <source>Page to show: products, customers, support, engagement or models.</source>
        <translation>要显示的页面：products、customers、support、engagement 或 models。</translation>
    </message>
    <message>
        <source>Unknown sample size &apos;%1&apos; (use tiny or demo).</source>
        <translation>未知的示例店铺规模“%1”（请使用 tiny 或 demo）。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (use en or zh_CN).</source>
        <translation>未知的语言“%1”（请使用 en 或 zh_CN）。</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos; (use products, customers, support, engagement or models).</source>
        <translation>未知的页面“%1”（请使用 products、customers、support、engagement 或 models）。</translation>
    </message>
    <message>
        <source>--page only applies together with --screenshot.</source>
        <translation>--page 只能与 --screenshot 一起使用。</translation>
    </message>
    <message>
        <source>OmniConsole: an offline omnichannel console for e-commerce merchants.</source>
        <translation>OmniConsole：面向电商商家的离线全渠道控制台。</translation>
    </message>
    <message>
        <source>With --screenshot: show the Products page&apos;s Copy writer and generate copy for the first product.</source>
        <translation>与 --screenshot 一起使用：显示商品页的“文案助手”，并为第一个商品生成文案。</translation>
    </message>
    <message>
        <source>--copy-writer only applies together with --screenshot.</source>
        <translation>--copy-writer 只能与 --screenshot 一起使用。</translation>
    </message>
    <message>
        <source>With --screenshot: show the Products page&apos;s Consistency audit and run it before the grab.</source>
        <translation>与 --screenshot 一起使用：截图前打开“商品”页的一致性检查并运行检查。</translation>
    </message>
    <message>
        <source>--audit only applies together with --screenshot.</source>
        <translation>--audit 只能与 --screenshot 一起使用。</translation>
    </message>
    <message>
        <source>With --screenshot: show the Support page&apos;s Simulator and play a short conversation before the grab.</source>
        <translation>与 --screenshot 一起使用：截图前显示“客服”页的模拟对话，并进行一段简短的对话。</translation>
    </message>
    <message>
        <source>--support-simulator only applies together with --screenshot.</source>
        <translation>--support-simulator 只能与 --screenshot 一起使用。</translation>
    </message>
</context>
<context>
    <name>StoreJobs</name>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Sample shop ready: %1 customers, %2 products, %3 events in %4 s</source>
        <translation>示例店铺已就绪：%1 位客户、%2 件商品、%3 条行为事件，用时 %4 秒</translation>
    </message>
    <message>
        <source>Imported %1: %2 rows read, %3 rows added in %4 s</source>
        <translation>已导入 %1：读取 %2 行，新增 %3 行，用时 %4 秒</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 to %3</source>
        <translation>已将 %2 的 %1 行数据导出到 %3</translation>
    </message>
</context>
<context>
    <name>SuiteJobs</name>
    <message>
        <source>The bot is not loaded yet.</source>
        <translation>客服机器人尚未加载。</translation>
    </message>
    <message>
        <source>Test suites: %1 of %2 case(s) passed</source>
        <translation>测试套件：%2 个用例中 %1 个通过</translation>
    </message>
    <message>
        <source>The store has no labelled intent examples.</source>
        <translation>该店铺没有已标注的意图样例。</translation>
    </message>
    <message>
        <source>Cross-validation (%1 folds): accuracy %2</source>
        <translation>交叉验证（%1 折）：准确率 %2</translation>
    </message>
    <message numerus="yes">
        <source>Channel consistency: %n difference(s)</source>
        <translation>
            <numerusform>渠道一致性：%n 处差异</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportJobs</name>
    <message>
        <source>Intent model trained on %1 examples in %2 s (training accuracy %3 %).</source>
        <translation>意图模型已用 %1 条样例训练完成，用时 %2 秒（训练准确率 %3 %）。</translation>
    </message>
</context>
<context>
    <name>omni::ui::AbComparisonPanel</name>
    <message>
        <source>Recommendations from model</source>
        <translation>推荐来自模型</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>首个渠道</translation>
    </message>
    <message>
        <source>Conversion rate (share of active customers who ordered)</source>
        <translation>转化率（下单的活跃客户占比）</translation>
    </message>
    <message>
        <source>Day-7 retention (share active again 7 or more days after their first visit)</source>
        <translation>第 7 天留存（首次访问 7 天或更久后再次活跃的占比）</translation>
    </message>
    <message>
        <source>Orders per active customer</source>
        <translation>每位活跃客户的订单数</translation>
    </message>
    <message>
        <source>Mean order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>Active days per active customer</source>
        <translation>每位活跃客户的活跃天数</translation>
    </message>
    <message>
        <source>recommended by %1</source>
        <translation>由%1推荐</translation>
    </message>
    <message>
        <source>RFM %1</source>
        <translation>RFM %1</translation>
    </message>
    <message>
        <source>first seen on %1</source>
        <translation>首次出现在%1</translation>
    </message>
    <message>
        <source>Open a store with customer activity to compare groups.</source>
        <translation>请先打开含有客户活动的店铺数据，再比较分组。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Too few customers to tell: group A has %1 and group B %2, at least %3 each are needed.</source>
        <translation>客户太少，无法判断：A 组只有 %1 人，B 组只有 %2 人，每组至少需要 %3 人。</translation>
    </message>
    <message>
        <source>Too few customers to tell: group %1 has %2, at least %3 are needed.</source>
        <translation>客户太少，无法判断：%1 组只有 %2 人，至少需要 %3 人。</translation>
    </message>
    <message>
        <source>Too few outcomes to tell: each group needs at least %1 customers who did and %1 who did not (A: %2 of %3, B: %4 of %5).</source>
        <translation>结果太少，无法判断：每组至少需要 %1 位达成的客户和 %1 位未达成的客户（A：%3 人中 %2 人，B：%5 人中 %4 人）。</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2</source>
        <translation>95% 置信区间 %1 至 %2</translation>
    </message>
    <message>
        <source>No clear difference: B − A is %1 (%2); not significant, p %3.</source>
        <translation>没有明显差异：B − A 为 %1（%2）；不显著，p %3。</translation>
    </message>
    <message>
        <source>B converts %1 better</source>
        <translation>B 的转化率高 %1</translation>
    </message>
    <message>
        <source>B converts %1 worse</source>
        <translation>B 的转化率低 %1</translation>
    </message>
    <message>
        <source>B retains %1 more customers at day 7</source>
        <translation>B 的第 7 天留存高 %1</translation>
    </message>
    <message>
        <source>B retains %1 fewer customers at day 7</source>
        <translation>B 的第 7 天留存低 %1</translation>
    </message>
    <message>
        <source>B&apos;s customers place %1 more orders each</source>
        <translation>B 组客户人均多下 %1 单</translation>
    </message>
    <message>
        <source>B&apos;s customers place %1 fewer orders each</source>
        <translation>B 组客户人均少下 %1 单</translation>
    </message>
    <message>
        <source>B&apos;s orders are worth %1 more</source>
        <translation>B 组订单平均金额高 %1</translation>
    </message>
    <message>
        <source>B&apos;s orders are worth %1 less</source>
        <translation>B 组订单平均金额低 %1</translation>
    </message>
    <message>
        <source>B&apos;s customers are active on %1 more days</source>
        <translation>B 组客户多活跃 %1 天</translation>
    </message>
    <message>
        <source>B&apos;s customers are active on %1 fewer days</source>
        <translation>B 组客户少活跃 %1 天</translation>
    </message>
    <message>
        <source>%1 (%2); significant, p %3.</source>
        <translation>%1（%2）；差异显著，p %3。</translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation>双比例 z 检验</translation>
    </message>
    <message>
        <source>Welch t-test</source>
        <translation>Welch t 检验</translation>
    </message>
    <message>
        <source>t = %1, df = %2</source>
        <translation>t = %1，自由度 = %2</translation>
    </message>
    <message>
        <source>z = %1</source>
        <translation>z = %1</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>B − A
(95 % CI)</source>
        <translation>B − A
（95% 置信区间）</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>A 组</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>B 组</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compares the two groups on the metric, for the page&apos;s date range, channels and categories: the difference B − A with its 95 % confidence interval and a significance test (two-proportion z-test for shares, Welch&apos;s t-test for means). At least %1 customers per group are needed.</source>
        <translation>按本页的日期范围、渠道和品类比较两组客户的指标：给出差值 B − A 及其 95% 置信区间和显著性检验（比例用双比例 z 检验，均值用 Welch t 检验）。每组至少需要 %1 位客户。</translation>
    </message>
    <message>
        <source>Value (%), difference (points)</source>
        <translation>数值（%），差值（百分点）</translation>
    </message>
    <message>
        <source>Value, difference</source>
        <translation>数值，差值</translation>
    </message>
    <message>
        <source>Group value</source>
        <translation>分组数值</translation>
    </message>
    <message>
        <source>Difference B − A with 95 % CI</source>
        <translation>差值 B − A 及 95% 置信区间</translation>
    </message>
    <message>
        <source>A (%1): %2 of %3 customers
B (%4): %5 of %6 customers
B − A = %7, 95 % CI %8 to %9
%10, %11, p %12</source>
        <translation>A（%1）：%2，共 %3 位客户
B（%4）：%5，共 %6 位客户
B − A = %7，95% 置信区间 %8 至 %9
%10，%11，p %12</translation>
    </message>
</context>
<context>
    <name>omni::ui::AboutDialog</name>
    <message>
        <source>About OmniConsole</source>
        <translation>关于 OmniConsole</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0) for charts&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause) for on-device inference&lt;/li&gt;&lt;li&gt;SQLite (public domain) for the local store&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;本软件使用了以下组件：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1（LGPL-3.0）&lt;/li&gt;&lt;li&gt;QCustomPlot（GPL-3.0），用于绘制图表&lt;/li&gt;&lt;li&gt;LibTorch（BSD-3-Clause），用于本地推理&lt;/li&gt;&lt;li&gt;SQLite（公有领域），用于本地数据存储&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;OmniConsole %1&lt;/h2&gt;&lt;p&gt;An offline omnichannel console for e-commerce merchants: one view of your customers, products and engagement across web shop, app, mini-program, physical store and social channels.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OmniConsole %1&lt;/h2&gt;&lt;p&gt;面向电商商家的离线全渠道控制台：在网店、手机应用、小程序、实体门店和社交电商各渠道中，统一查看您的客户、商品和用户活跃情况。&lt;/p&gt;&lt;p&gt;本程序依据 GNU 通用公共许可证第 3 版或（由您选择的）任何更高版本（GPL-3.0-or-later）授权发布。本程序不提供任何担保。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>omni::ui::ActiveCustomersCard</name>
    <message>
        <source>%1
Daily active: %2
Weekly active: %3
Monthly active: %4
Stickiness (DAU/MAU): %5</source>
        <translation>%1
日活跃：%2
周活跃：%3
月活跃：%4
黏性（DAU/MAU）：%5</translation>
    </message>
    <message>
        <source>Active customers and stickiness</source>
        <translation>活跃客户与黏性</translation>
    </message>
    <message>
        <source>Daily active customers (DAU): customers with at least one event on that shop day (in the shop&apos;s time zone). Weekly (WAU) and monthly (MAU): active at least once in the 7 or 30 days ending that day. Stickiness = DAU / MAU: the share of the month&apos;s customers who come on a given day; the mean is mean DAU / mean MAU over the range. Drag or scroll along the dates to pan and zoom.</source>
        <translation>日活跃客户（DAU）：在该店铺日（按店铺时区）至少有一次行为事件的客户。周活跃（WAU）与月活跃（MAU）：在截至当天的 7 天或 30 天内至少活跃一次。黏性 = DAU / MAU：当月客户中在某一天到访的比例；平均值为区间内平均 DAU / 平均 MAU。沿日期轴拖动或滚动可平移和缩放。</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户数</translation>
    </message>
    <message>
        <source>Stickiness (%)</source>
        <translation>黏性（%）</translation>
    </message>
    <message>
        <source>Daily (DAU)</source>
        <translation>日活跃（DAU）</translation>
    </message>
    <message>
        <source>Weekly (WAU)</source>
        <translation>周活跃（WAU）</translation>
    </message>
    <message>
        <source>Monthly (MAU)</source>
        <translation>月活跃（MAU）</translation>
    </message>
    <message>
        <source>DAU/MAU (mean %1)</source>
        <translation>DAU/MAU（平均 %1）</translation>
    </message>
</context>
<context>
    <name>omni::ui::ActiveDaysCard</name>
    <message>
        <source>%1
%2 (%3 of all)</source>
        <translation>%1
%2（占全部的 %3）</translation>
    </message>
    <message>
        <source>Active days per week</source>
        <translation>每周活跃天数</translation>
    </message>
    <message>
        <source>For every whole calendar week (Monday to Sunday) in the range and every customer active in it: on how many of its 7 days the customer was active. A bar counts customer-weeks, so one customer adds to one bar per week. Bars to the right mean habitual use.</source>
        <translation>对区间内每个完整的自然周（周一至周日）以及该周活跃的每位客户：统计其在 7 天中活跃了几天。柱子计数的是“客户·周”，一位客户每周只计入一根柱子。越靠右说明使用越成习惯。</translation>
    </message>
    <message>
        <source>Days active in the week</source>
        <translation>一周内活跃天数</translation>
    </message>
    <message>
        <source>Customer-weeks</source>
        <translation>客户·周</translation>
    </message>
    <message>
        <source>Active days per month</source>
        <translation>每月活跃天数</translation>
    </message>
    <message>
        <source>For every whole calendar month in the range and every customer active in it: on how many of its days the customer was active. A bar counts customer-months.</source>
        <translation>对区间内每个完整的自然月以及该月活跃的每位客户：统计其在当月活跃了几天。柱子计数的是“客户·月”。</translation>
    </message>
    <message>
        <source>Days active in the month</source>
        <translation>一月内活跃天数</translation>
    </message>
    <message>
        <source>Customer-months</source>
        <translation>客户·月</translation>
    </message>
    <message>
        <source>Active on %1 of the week&apos;s 7 days</source>
        <translation>一周 7 天中活跃 %1 天</translation>
    </message>
    <message>
        <source>Active on %1 days of the month</source>
        <translation>一月中活跃 %1 天</translation>
    </message>
</context>
<context>
    <name>omni::ui::AttributeEditModel</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>omni::ui::AttributeTableModel</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>属性值</translation>
    </message>
</context>
<context>
    <name>omni::ui::AuditPanel</name>
    <message>
        <source>Consistency audit</source>
        <translation>一致性检查</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>运行检查</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>应用修正</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>Auditing the store…</source>
        <translation>正在检查店铺…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Run the audit to compare every listing with its product record.</source>
        <translation>运行检查，将每条渠道刊登与其商品记录进行比对。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
</context>
<context>
    <name>omni::ui::BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <source>Set the price</source>
        <translation>设置价格</translation>
    </message>
    <message>
        <source>Set the category</source>
        <translation>设置类目</translation>
    </message>
    <message>
        <source>Set the brand</source>
        <translation>设置品牌</translation>
    </message>
    <message>
        <source>Set the listing status on channels</source>
        <translation>设置渠道上架状态</translation>
    </message>
    <message>
        <source>Set the stock on channels</source>
        <translation>设置渠道库存</translation>
    </message>
    <message>
        <source>Copy the product&apos;s title to channels (in each channel&apos;s language)</source>
        <translation>将商品标题复制到渠道（按各渠道语言）</translation>
    </message>
    <message>
        <source>Copy the product&apos;s price to channels</source>
        <translation>将商品价格复制到渠道</translation>
    </message>
    <message>
        <source>Copy the product&apos;s description to channels (in each channel&apos;s language)</source>
        <translation>将商品描述复制到渠道（按各渠道语言）</translation>
    </message>
    <message>
        <source>Active (on sale)</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Paused (hidden)</source>
        <translation>已暂停（隐藏）</translation>
    </message>
    <message>
        <source>Draft (not published)</source>
        <translation>草稿（未发布）</translation>
    </message>
    <message>
        <source>Each listing takes the product&apos;s own value.</source>
        <translation>每个渠道商品取用该商品自身的值。</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected product(s)</source>
        <translation>
            <numerusform>所选的 %Ln 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln product(s) matching the filter</source>
        <translation>
            <numerusform>符合筛选条件的全部 %Ln 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>请至少选择一个渠道。</translation>
    </message>
    <message>
        <source>Enter a price greater than 0.</source>
        <translation>请输入大于 0 的价格。</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation>请输入大于或等于 0 的整数。</translation>
    </message>
</context>
<context>
    <name>omni::ui::ChannelConsistencyCard</name>
    <message>
        <source>conversion %1</source>
        <translation>转化率 %1</translation>
    </message>
    <message>
        <source>price index %1</source>
        <translation>价格指数 %1</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>bot resolved %1</source>
        <translation>机器人解决率 %1</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>price index</source>
        <translation>价格指数</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>bot resolution</source>
        <translation>机器人解决率</translation>
    </message>
    <message>
        <source>No channel activity in this range</source>
        <translation>该期间没有渠道活动</translation>
    </message>
    <message>
        <source>The channels are consistent: no gap stands out</source>
        <translation>各渠道表现一致：没有突出的差距</translation>
    </message>
    <message>
        <source>%1 is %2 on %3 but %4 on %5</source>
        <translation>%1在%3为 %2，在%5仅为 %4</translation>
    </message>
    <message>
        <source>Largest gaps: %1</source>
        <translation>差距最大的指标：%1</translation>
    </message>
    <message>
        <source>%1
score %2</source>
        <translation>%1
得分 %2</translation>
    </message>
    <message>
        <source>Channel consistency</source>
        <translation>渠道一致性</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Consistency score</source>
        <translation>一致性得分</translation>
    </message>
    <message>
        <source>Channel consistency, per channel: conversion = buyers / active customers on the channel (buyers: its active customers with a counted order on it in the range); price index = mean of listing price / product list price over its active listings (1 = list price; current prices); rating = mean review rating of reviews written on it in the range; bot resolution = share of bot test turns resolved (neither handed off nor failed) when a test-suite run per channel is given. Score (0–100) = 100 × the mean, over the measures the channel has, of its closeness to the best: conversion, rating and bot resolution as value / the best channel&apos;s value, price as max(0, 1 − |index − 1|). Largest gaps: per measure, the best and the worst channel and their relative difference |best − worst| / |best|, largest first.</source>
        <translation>渠道一致性（按渠道）：转化率 = 购买客户数 / 该渠道活跃客户数（购买客户：期间内在该渠道有计入订单的活跃客户）；价格指数 = 该渠道在售挂牌的挂牌价 / 商品标价的平均值（1 = 按标价销售；当前价格）；评分 = 期间内在该渠道撰写的评价的平均评分；机器人解决率 = 提供按渠道运行的测试集时，机器人测试轮次中被解决（既未转人工也未失败）的占比。得分（0–100）= 100 × 该渠道已有各指标与最佳渠道接近程度的平均值：转化率、评分和机器人解决率取数值 / 最佳渠道的数值，价格取 max(0, 1 − |指数 − 1|)。差距最大的指标：每项指标的最佳与最差渠道及其相对差异 |最佳 − 最差| / |最佳|，从大到小排列。</translation>
    </message>
</context>
<context>
    <name>omni::ui::ChannelDifferenceTableModel</name>
    <message>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
</context>
<context>
    <name>omni::ui::ChannelMixCard</name>
    <message>
        <source>Channel mix over time</source>
        <translation>渠道构成随时间变化</translation>
    </message>
    <message>
        <source>Period starting</source>
        <translation>周期开始日期</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户数</translation>
    </message>
    <message>
        <source>Channel mix: per calendar week (Monday first) or month overlapping the range, the number of distinct customers active on each channel in the part of that period inside the range. A customer on two channels counts once for each, so a period&apos;s bars may add up to more than its active customers.</source>
        <translation>渠道构成：与期间重叠的每个日历周（周一开始）或日历月中，位于期间内的那部分时间里在各渠道活跃的不同客户数。在两个渠道活跃的客户在每个渠道各计一次，因此一个周期的柱子加起来可能超过其活跃客户数。</translation>
    </message>
    <message>
        <source>Period from %1</source>
        <translation>自 %1 起的周期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>omni::ui::ChartCard</name>
    <message>
        <source>MMM d
yyyy</source>
        <comment>date axis: month and day, the year below</comment>
        <translation>M月d日
yyyy</translation>
    </message>
    <message>
        <source>Could not write the image %1: the folder is missing or not writable.</source>
        <translation>无法写入图片 %1：文件夹不存在或不可写。</translation>
    </message>
    <message>
        <source>Could not write the PDF %1: the folder is missing or not writable.</source>
        <translation>无法写入 PDF %1：文件夹不存在或不可写。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export and arrange this chart</source>
        <translation>导出或调整此图表</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>导出数据为 CSV…</translation>
    </message>
</context>
<context>
    <name>omni::ui::ChatTranscriptModel</name>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Bot is answering…</source>
        <translation>机器人正在回复…</translation>
    </message>
    <message>
        <source>Bot · %1 %2 % · %3 ms</source>
        <translation>机器人 · %1 %2 % · %3 毫秒</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Handed off to a person: %1</source>
        <translation>已转人工：%1</translation>
    </message>
    <message>
        <source>Select to see why the bot answered this way</source>
        <translation>选中以查看机器人为何这样回答</translation>
    </message>
    <message>
        <source>the message tried to change the bot&apos;s rules</source>
        <translation>消息试图改变机器人的规则</translation>
    </message>
    <message>
        <source>the order number is not this customer&apos;s</source>
        <translation>该订单号不属于这位顾客</translation>
    </message>
    <message>
        <source>asked for another customer&apos;s data</source>
        <translation>索要其他顾客的数据</translation>
    </message>
</context>
<context>
    <name>omni::ui::ConfidenceHistogram</name>
    <message>
        <source>Confidence of the predicted intent</source>
        <translation>预测意图的置信度</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>轮次数</translation>
    </message>
    <message>
        <source>Right intent</source>
        <translation>意图正确</translation>
    </message>
    <message>
        <source>Wrong intent</source>
        <translation>意图错误</translation>
    </message>
</context>
<context>
    <name>omni::ui::ConfusionHeatmap</name>
    <message>
        <source>Predicted intent</source>
        <translation>预测意图</translation>
    </message>
    <message>
        <source>Expected intent</source>
        <translation>期望意图</translation>
    </message>
</context>
<context>
    <name>omni::ui::CopyCandidateTableModel</name>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message numerus="yes">
        <source>The fact checker found %n unsupported claim(s); this candidate cannot be accepted.</source>
        <translation>
            <numerusform>事实核查发现 %n 处无依据的说法；此候选不能采用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean log-probability per token under the model (closer to 0 reads more fluently)</source>
        <translation>模型下每个词元的平均对数概率（越接近 0 越通顺）</translation>
    </message>
    <message>
        <source>Share of the planned facts this candidate states</source>
        <translation>此候选写到的计划事实所占比例</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>通顺度</translation>
    </message>
    <message>
        <source>Unsupported claims</source>
        <translation>无依据说法</translation>
    </message>
    <message>
        <source>Fact check</source>
        <translation>事实核查</translation>
    </message>
</context>
<context>
    <name>omni::ui::CopyWriterPanel</name>
    <message>
        <source>Copy writer</source>
        <translation>文案助手</translation>
    </message>
    <message>
        <source>GPT-2 model folder (model.safetensors, vocab.json, merges.txt)</source>
        <translation>GPT-2 模型文件夹（model.safetensors、vocab.json、merges.txt）</translation>
    </message>
    <message>
        <source>Store&apos;s copy model (%1)</source>
        <translation>店铺文案模型（%1）</translation>
    </message>
    <message>
        <source>Store&apos;s copy model (none yet)</source>
        <translation>店铺文案模型（尚无）</translation>
    </message>
    <message>
        <source>GPT-2 folder: %1</source>
        <translation>GPT-2 文件夹：%1</translation>
    </message>
    <message>
        <source>Use a GPT-2 model folder…</source>
        <translation>使用 GPT-2 模型文件夹…</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Product title (%1)</source>
        <translation>商品标题（%1）</translation>
    </message>
    <message>
        <source>Product description (%1)</source>
        <translation>商品描述（%1）</translation>
    </message>
    <message>
        <source>%1 listing title</source>
        <translation>%1 上架标题</translation>
    </message>
    <message>
        <source>%1 listing description</source>
        <translation>%1 上架描述</translation>
    </message>
    <message>
        <source>Generating copy</source>
        <translation>正在生成文案</translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation>已取消生成。</translation>
    </message>
    <message>
        <source>Writing candidate %1 of %2…</source>
        <translation>正在撰写第 %1 个候选（共 %2 个）…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stated in this candidate</source>
        <translation>此候选已写到</translation>
    </message>
    <message>
        <source>Planned but not stated in this candidate</source>
        <translation>已计划，但此候选未写到</translation>
    </message>
    <message>
        <source>Generate copy and select a candidate to accept it.</source>
        <translation>生成文案并选中一个候选后即可采用。</translation>
    </message>
    <message numerus="yes">
        <source>This candidate makes %n unsupported claim(s) (%1) and cannot be accepted.</source>
        <translation>
            <numerusform>此候选有 %n 处无依据的说法（%1），不能采用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where the copy goes.</source>
        <translation>请选择文案写入的位置。</translation>
    </message>
    <message>
        <source>These candidates were written for another product; generate again for this one.</source>
        <translation>这些候选是为另一个商品写的；请为当前商品重新生成。</translation>
    </message>
    <message>
        <source>Copy accepted into %1.</source>
        <translation>文案已写入%1。</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2 · held-out perplexity %3 · %4 s</source>
        <translation>第 %1 轮：训练损失 %2 · 留出集困惑度 %3 · %4 秒</translation>
    </message>
    <message>
        <source>Training the copy model</source>
        <translation>训练文案模型</translation>
    </message>
    <message>
        <source>Training cancelled; the store keeps its previous copy model.</source>
        <translation>训练已取消；店铺保留原来的文案模型。</translation>
    </message>
    <message>
        <source>Training on the store&apos;s titles, descriptions, listings and reviews…</source>
        <translation>正在用店铺的标题、描述、上架文案和评价训练…</translation>
    </message>
    <message>
        <source>Write this candidate into the chosen field (undoable)</source>
        <translation>把此候选写入所选字段（可撤销）</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>风格：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Tone:</source>
        <translation>语气：</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>候选数：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <source>Repetition penalty:</source>
        <translation>重复惩罚：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation>写入：</translation>
    </message>
    <message>
        <source>Advanced sampling</source>
        <translation>高级采样</translation>
    </message>
    <message>
        <source>0 always takes the most likely token; higher values write more freely</source>
        <translation>0 总是选概率最高的词元；数值越高写得越自由</translation>
    </message>
    <message>
        <source>Sample only among the k most likely tokens (0: no limit; 1: greedy)</source>
        <translation>只在概率最高的 k 个词元中采样（0：不限；1：贪心）</translation>
    </message>
    <message>
        <source>Sample only among the most likely tokens that together reach this probability</source>
        <translation>只在累计概率达到此值的最可能词元中采样</translation>
    </message>
    <message>
        <source>Above 1 makes the model less likely to repeat itself</source>
        <translation>大于 1 时模型更少重复自己</translation>
    </message>
    <message>
        <source>The same seed and settings write the same text</source>
        <translation>相同的种子和设置会写出相同的文案</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Train copy model…</source>
        <translation>训练文案模型…</translation>
    </message>
    <message>
        <source>Train the store&apos;s own copy model on its product texts and reviews</source>
        <translation>用店铺自己的商品文案和评价训练文案模型</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Planned facts</source>
        <translation>计划写入的事实</translation>
    </message>
    <message>
        <source>Copy model training</source>
        <translation>文案模型训练</translation>
    </message>
    <message>
        <source>This store has no copy model yet. The copy writer learns the shop&apos;s own voice from its product titles, descriptions, listing texts and reviews: train a copy model once (a few minutes on this computer), then generate copy for any product. You can also use a GPT-2 model folder of your own (Model → Use a GPT-2 model folder…).</source>
        <translation>此店铺还没有文案模型。文案助手从店铺自己的商品标题、描述、上架文案和评价中学习店铺的语言风格：先训练一次文案模型（在本机需要几分钟），之后即可为任何商品生成文案。也可以使用您自己的 GPT-2 模型文件夹（模型 → 使用 GPT-2 模型文件夹…）。</translation>
    </message>
    <message>
        <source>Push / app title</source>
        <translation>推送 / App 标题</translation>
    </message>
    <message>
        <source>Web description</source>
        <translation>网页商品描述</translation>
    </message>
    <message>
        <source>Mini-program card</source>
        <translation>小程序卡片</translation>
    </message>
    <message>
        <source>Social post with hashtags</source>
        <translation>带话题标签的社交帖子</translation>
    </message>
    <message>
        <source>In-store shelf card</source>
        <translation>门店货架卡</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>亲切</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>高端</translation>
    </message>
    <message>
        <source>Playful</source>
        <translation>活泼</translation>
    </message>
    <message>
        <source>Writing for %1 · %2</source>
        <translation>正在为 %1 · %2 撰写</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>没有打开的店铺。</translation>
    </message>
    <message>
        <source>Select a product on the Catalog tab.</source>
        <translation>请在“商品目录”标签页选择一个商品。</translation>
    </message>
    <message>
        <source>Best candidate</source>
        <translation>最佳候选</translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation>生成的文案</translation>
    </message>
    <message>
        <source>%1 · first token after %2 ms · %3 tokens/s</source>
        <translation>%1 · 首个词元 %2 毫秒 · 每秒 %3 个词元</translation>
    </message>
    <message>
        <source>Generating… (Cancel stops after the current token)</source>
        <translation>正在生成…（取消会在当前词元后停止）</translation>
    </message>
    <message>
        <source>Training the copy model…</source>
        <translation>正在训练文案模型…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Undid the copy accepted into %1.</source>
        <translation>已撤销写入%1的文案。</translation>
    </message>
</context>
<context>
    <name>omni::ui::CustomerTableModel</name>
    <message>
        <source>Customer key</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道数</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>行为数</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近活跃</translation>
    </message>
</context>
<context>
    <name>omni::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>There are no customers in this store yet.
Import customers or events with File → Import….</source>
        <translation>此店铺数据中还没有客户。
请通过“文件 → 导入…”导入客户或行为事件。</translation>
    </message>
    <message>
        <source>Find a customer by id, key, account, name, e-mail or phone…</source>
        <translation>按编号、客户键、账号、姓名、邮箱或电话查找客户…</translation>
    </message>
    <message>
        <source>Profile across channels</source>
        <translation>全渠道客户画像</translation>
    </message>
    <message>
        <source>Recommended next</source>
        <translation>下一步推荐</translation>
    </message>
    <message>
        <source>Split off accounts</source>
        <translation>拆分账号</translation>
    </message>
    <message>
        <source>These are all the accounts of %1. Keep at least one account with the customer: choose only the accounts that belong to someone else.</source>
        <translation>这些是 %1 的全部账号。客户至少要保留一个账号：请只选择属于其他人的账号。</translation>
    </message>
    <message>
        <source>These accounts of %1 become a customer of their own, and no automatic rule joins them again:
%2

Why (kept with the decision):</source>
        <translation>%1 的以下账号将成为一位独立客户，自动规则不会再把它们关联回去：
%2

原因（随决定一起保存）：</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>拆分</translation>
    </message>
</context>
<context>
    <name>omni::ui::DeviceProbe</name>
    <message>
        <source>CUDA · %1</source>
        <translation>CUDA · %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <source>LibTorch %1, %n CPU thread(s)</source>
        <translation>
            <numerusform>LibTorch %1，%n 个 CPU 线程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CUDA device(s) available</source>
        <translation>
            <numerusform>可用 CUDA 设备 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omni::ui::DialogueSimulator</name>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Persona with no history</source>
        <translation>无历史记录的虚拟顾客</translation>
    </message>
    <message>
        <source>The bot is answering…</source>
        <translation>机器人正在回复…</translation>
    </message>
    <message>
        <source>The bot failed: %1</source>
        <translation>机器人出错：%1</translation>
    </message>
    <message>
        <source>Guest (no history)</source>
        <translation>访客（无历史记录）</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 在%2：%3</translation>
    </message>
    <message>
        <source>There is no conversation to save yet.</source>
        <translation>还没有可保存的对话。</translation>
    </message>
    <message>
        <source>Conversations saved from the Support page&apos;s simulator.</source>
        <translation>从“客服”页模拟对话中保存的对话。</translation>
    </message>
    <message>
        <source>Saved as a test case in %1.</source>
        <translation>已保存为测试用例：%1。</translation>
    </message>
    <message>
        <source>Save as test case</source>
        <translation>保存为测试用例</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Suite file</source>
        <translation>测试集文件</translation>
    </message>
    <message>
        <source>Test suites (*.json)</source>
        <translation>测试集 (*.json)</translation>
    </message>
    <message>
        <source>Every turn expects what the bot did now: the intent, the entities, hand-off and refusal, and the facts used. An existing suite file gets the case appended.</source>
        <translation>每一轮都以机器人此次的表现作为预期：意图、实体、是否转人工和拒绝，以及使用的事实。已有的测试集文件会追加这个用例。</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>用例名称：</translation>
    </message>
    <message>
        <source>Suite file:</source>
        <translation>测试集文件：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <source>Type a name, customer key or city to find a customer.</source>
        <translation>输入姓名、顾客编号或城市来查找顾客。</translation>
    </message>
    <message>
        <source>Search customers…</source>
        <translation>搜索顾客…</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Write as the customer, e.g. “Where is my order?” or “我的订单到哪了？”</source>
        <translation>以顾客身份输入，例如“我的订单到哪了？”或“Where is my order?”</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Save as test case…</source>
        <translation>保存为测试用例…</translation>
    </message>
    <message>
        <source>Append this conversation, with what the bot did as its expectations, to a suite file.</source>
        <translation>把这段对话追加到测试集文件，以机器人此次的表现作为预期。</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>重新提问</translation>
    </message>
    <message>
        <source>Ask this conversation&apos;s messages again with the current bot (after a retrain or an edit).</source>
        <translation>用当前的机器人重新发送这段对话中的消息（重新训练或编辑之后）。</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前时间：%1</translation>
    </message>
    <message>
        <source>The simulated time: delivery estimates and return windows are computed from it (the store&apos;s newest order).</source>
        <translation>模拟的当前时间（店铺最新订单的时间）：预计送达时间和退货期限都据此计算。</translation>
    </message>
    <message>
        <source>Open a store to talk to its bot.</source>
        <translation>打开一个店铺，与它的机器人对话。</translation>
    </message>
    <message>
        <source>Loading the bot…</source>
        <translation>正在加载机器人…</translation>
    </message>
    <message>
        <source>Training the intent model on the store&apos;s examples…</source>
        <translation>正在用店铺的样例训练意图模型…</translation>
    </message>
    <message>
        <source>This store has no intent model yet. Train one on its labelled examples (a few seconds).</source>
        <translation>这个店铺还没有意图模型。用它的标注样例训练一个（只需几秒）。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>The intent model cannot be read: %1
Retrain to replace it.</source>
        <translation>无法读取意图模型：%1
重新训练以替换它。</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>重新训练</translation>
    </message>
    <message>
        <source>The intent examples changed since the model was trained. Retrain to let the bot learn them.</source>
        <translation>意图样例在模型训练之后有了改动。重新训练，让机器人学会它们。</translation>
    </message>
</context>
<context>
    <name>omni::ui::DistributionCard</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>该期间没有数据</translation>
    </message>
    <message>
        <source>n = %1 · mean %2 · median %3 · 90th percentile %4</source>
        <translation>n = %1 · 平均 %2 · 中位数 %3 · 第 90 百分位 %4</translation>
    </message>
</context>
<context>
    <name>omni::ui::DwellTimeCard</name>
    <message>
        <source>Dwell time</source>
        <translation>停留时长</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Dwell time per session</source>
        <translation>每个会话的停留时长</translation>
    </message>
    <message>
        <source>Dwell time: per session starting in the range (shop day of its first event) on the filter&apos;s channels, the sum of the dwell time its events recorded, in seconds. The bars count sessions by total dwell time.</source>
        <translation>停留时长：在筛选渠道上、于期间内开始（以第一个事件的店铺日计）的每个会话，其各事件记录的停留时间之和，以秒计。柱子按总停留时长统计会话数。</translation>
    </message>
</context>
<context>
    <name>omni::ui::EngagementDashboard</name>
    <message>
        <source>Activity</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>A/B comparison</source>
        <translation>A/B 对比</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Show or hide charts</source>
        <translation>显示或隐藏图表</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>Put every chart back in its first place and show the hidden ones</source>
        <translation>把所有图表放回原位，并显示已隐藏的图表</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Hide this chart</source>
        <translation>隐藏此图表</translation>
    </message>
    <message>
        <source>Drag a chart by its title to move it</source>
        <translation>按住图表标题拖动即可移动</translation>
    </message>
</context>
<context>
    <name>omni::ui::EngagementFilterBar</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Recommended by: %1</source>
        <translation>推荐来自：%1</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM：%1</translation>
    </message>
    <message>
        <source>First came on: %1</source>
        <translation>首次来自：%1</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Shop days in the shop&apos;s time zone; the presets count back from the last day with data.</source>
        <translation>按店铺时区的店铺日；预设范围从有数据的最后一天往前计算。</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>客群：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>品类：</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部品类</translation>
    </message>
</context>
<context>
    <name>omni::ui::EngagementPage</name>
    <message>
        <source>Engagement</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>No customer activity has been recorded in this store yet.</source>
        <translation>此店铺数据中还没有客户活动记录。</translation>
    </message>
    <message>
        <source>%1 to %2: on average %3 active customers a day, peaking at %4 on %5; %6 purchases in all.</source>
        <translation>%1 至 %2：平均每天 %3 位活跃客户，%5 达到峰值 %4 位；共 %6 笔购买。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>没有符合这些筛选条件的活跃记录。</translation>
    </message>
    <message>
        <source>Stickiness (mean DAU / mean MAU): %1. Computed in %2 ms.</source>
        <translation>黏性（平均 DAU / 平均 MAU）：%1。计算用时 %2 毫秒。</translation>
    </message>
</context>
<context>
    <name>omni::ui::EntityTableModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>omni::ui::EventTableModel</name>
    <message>
        <source>View</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation>商品 #%1</translation>
    </message>
    <message>
        <source>Searched “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>%1 s on page</source>
        <translation>停留 %1 秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>omni::ui::ExportDialog</name>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer accounts (identities)</source>
        <translation>客户账号（身份）</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Product attributes</source>
        <translation>商品属性</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>渠道商品</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>行为事件</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Knowledge-base articles</source>
        <translation>知识库文章</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>已训练模型</translation>
    </message>
    <message>
        <source>Daily activity</source>
        <translation>每日活跃统计</translation>
    </message>
    <message>
        <source>Export a table</source>
        <translation>导出数据表</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>数据表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>omni::ui::FactCheckTextView</name>
    <message>
        <source>brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>selling point</source>
        <translation>卖点</translation>
    </message>
    <message>
        <source>Supported %1: &quot;%2&quot; matches the product&apos;s attributes</source>
        <translation>有依据的%1：“%2”与商品属性一致</translation>
    </message>
    <message>
        <source>Unsupported %1: &quot;%2&quot;</source>
        <translation>无依据的%1：“%2”</translation>
    </message>
    <message>
        <source>The product says: %1</source>
        <translation>商品属性为：%1</translation>
    </message>
    <message>
        <source>product type</source>
        <translation>商品类型</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>omni::ui::FactTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delivery estimate</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Return window ends</source>
        <translation>退货截止</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Dispatch date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Return window</source>
        <translation>退货期限</translation>
    </message>
    <message>
        <source>Refund timing</source>
        <translation>退款时效</translation>
    </message>
    <message>
        <source>Exchange window ends</source>
        <translation>换货截止</translation>
    </message>
    <message>
        <source>Not returnable</source>
        <translation>不可退货</translation>
    </message>
    <message>
        <source>Size advice</source>
        <translation>尺码建议</translation>
    </message>
    <message>
        <source>Size in stock</source>
        <translation>尺码有货</translation>
    </message>
    <message>
        <source>Colour match</source>
        <translation>颜色匹配</translation>
    </message>
    <message>
        <source>Listed on this channel</source>
        <translation>在本渠道上架</translation>
    </message>
    <message>
        <source>Candidate order</source>
        <translation>候选订单</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>knowledge base: %1</source>
        <translation>知识库：%1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未过期</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>after payment</source>
        <translation>付款后</translation>
    </message>
</context>
<context>
    <name>omni::ui::FindingTableModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Title fact</source>
        <translation>标题信息</translation>
    </message>
    <message>
        <source>Missing listing</source>
        <translation>缺少刊登</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>建议修正</translation>
    </message>
    <message>
        <source>Description fact</source>
        <translation>描述信息</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Listed at %1, but the product record says %2.</source>
        <translation>售价 %1，但商品资料为 %2。</translation>
    </message>
    <message>
        <source>The title states the %1 “%2”, but the product record says nothing about it.</source>
        <translation>标题写的%1是“%2”，但商品资料中没有这项。</translation>
    </message>
    <message>
        <source>The description states the %1 “%2”, but the product record says nothing about it.</source>
        <translation>描述写的%1是“%2”，但商品资料中没有这项。</translation>
    </message>
    <message>
        <source>The title states the %1 “%2”, but the product record says “%3”.</source>
        <translation>标题写的%1是“%2”，但商品资料为“%3”。</translation>
    </message>
    <message>
        <source>The description states the %1 “%2”, but the product record says “%3”.</source>
        <translation>描述写的%1是“%2”，但商品资料为“%3”。</translation>
    </message>
    <message>
        <source>Not listed on this channel, which sells other %1 products.</source>
        <translation>未在此渠道上架，而此渠道在售其他%1商品。</translation>
    </message>
    <message>
        <source>Not listed on this channel, which sells %1 of the %2 other %3 products.</source>
        <translation>未在此渠道上架，而此渠道在售其他 %2 件%3商品中的 %1 件。</translation>
    </message>
    <message>
        <source>Sold out after selling %1 in the last %2 days, while other channels hold %3 units.</source>
        <translation>近 %2 天售出 %1 件后已售罄，而其他渠道还有 %3 件库存。</translation>
    </message>
    <message>
        <source>Sold out, while other channels hold %1 units.</source>
        <translation>已售罄，而其他渠道还有 %1 件库存。</translation>
    </message>
    <message>
        <source>%1 with %2 units in stock, while the product is on sale on other channels.</source>
        <translation>状态为%1但有 %2 件库存，而该商品在其他渠道在售。</translation>
    </message>
    <message>
        <source>The stock count %1 is below zero.</source>
        <translation>库存数 %1 小于零。</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>product type</source>
        <translation>商品类型</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>omni::ui::FunnelCard</name>
    <message>
        <source>%1
%2 customers</source>
        <translation>%1
%2 位客户</translation>
    </message>
    <message>
        <source>%1
%2 customers
%3 drop off</source>
        <translation>%1
%2 位客户
流失 %3</translation>
    </message>
    <message>
        <source>Funnel by channel</source>
        <translation>分渠道漏斗</translation>
    </message>
    <message>
        <source>Funnel step</source>
        <translation>漏斗步骤</translation>
    </message>
    <message>
        <source>% of the funnel&apos;s viewers</source>
        <translation>占该漏斗浏览客户的百分比</translation>
    </message>
    <message>
        <source>%1 (%2 viewers)</source>
        <translation>%1（%2 位浏览客户）</translation>
    </message>
    <message>
        <source>Funnel view → click → add to cart → purchase, steps in any order within the range: a customer reaches step k when they have at least one event of each of steps 1..k in the range (on the funnel&apos;s channel for a per-channel funnel), whatever the order of those events; the funnel starts with a view. Conversion from previous = customers / customers of the previous step; drop-off = 1 − conversion from previous. Bars: conversion from start (share of the funnel&apos;s viewers), labelled with the conversion from the previous step; the legend gives each funnel&apos;s viewers. The shop funnel comes first, then one per channel.</source>
        <translation>漏斗 浏览 → 点击 → 加入购物车 → 购买，期间内步骤顺序不限：客户在期间内（分渠道漏斗只看该渠道）第 1 到第 k 步的事件各至少有一次，即到达第 k 步，不论这些事件的先后顺序；漏斗从浏览开始。相对上一步的转化率 = 该步客户数 / 上一步客户数；流失率 = 1 − 相对上一步的转化率。柱高：相对起点的转化率（占该漏斗浏览客户的比例），标签为相对上一步的转化率；图例给出每个漏斗的浏览客户数。先列全店漏斗，再按渠道各列一个。</translation>
    </message>
</context>
<context>
    <name>omni::ui::IdentityMergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Find the other customer by id, key, account, name, e-mail or phone…</source>
        <translation>按编号、客户键、账号、姓名、邮箱或电话查找另一位客户…</translation>
    </message>
    <message>
        <source>Why they are one person (kept with the decision)</source>
        <translation>为何是同一个人（随决定一起保存）</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, %n account(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;，%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a customer in the search results.</source>
        <translation>请在搜索结果中选择一位客户。</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>当前客户</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>合并对象</translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation>没有这位客户。</translation>
    </message>
    <message>
        <source>That is this customer: choose another one.</source>
        <translation>这就是当前客户，请选择另一位。</translation>
    </message>
    <message>
        <source>This customer has no accounts to merge.</source>
        <translation>该客户没有可合并的账号。</translation>
    </message>
    <message>
        <source>After the merge, every account above is one customer. Undo with Edit → Undo.</source>
        <translation>合并后，上面所有账号都属于同一位客户。可用“编辑 → 撤销”撤回。</translation>
    </message>
</context>
<context>
    <name>omni::ui::IdentityTableModel</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
</context>
<context>
    <name>omni::ui::ImportDialog</name>
    <message>
        <source>Customers (one row per account on a channel)</source>
        <translation>客户（每行一个渠道账号）</translation>
    </message>
    <message>
        <source>Products (catalog with attributes)</source>
        <translation>商品（含属性的商品目录）</translation>
    </message>
    <message>
        <source>Listings (products on each channel)</source>
        <translation>渠道商品（各渠道上架的商品）</translation>
    </message>
    <message>
        <source>Events (views, clicks, searches, purchases…)</source>
        <translation>行为事件（浏览、点击、搜索、购买…）</translation>
    </message>
    <message>
        <source>Orders (one row per order item)</source>
        <translation>订单（每行一个订单明细）</translation>
    </message>
    <message>
        <source>MovieLens ratings (ratings.csv)</source>
        <translation>MovieLens 评分（ratings.csv）</translation>
    </message>
    <message>
        <source>User–item sequence (&quot;user item&quot; per line)</source>
        <translation>用户–商品序列（每行“user item”）</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>数据类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Data files (*.csv *.jsonl *.ndjson *.dat *.txt);;All files (*)</source>
        <translation>数据文件 (*.csv *.jsonl *.ndjson *.dat *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Automatic (by file extension)</source>
        <translation>自动（按文件扩展名判断）</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Expected data:</source>
        <translation>数据格式：</translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentExampleDialog</name>
    <message>
        <source>Add intent example</source>
        <translation>添加意图样例</translation>
    </message>
    <message>
        <source>Edit intent example</source>
        <translation>编辑意图样例</translation>
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
        <source>Intent:</source>
        <translation>意图：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Customer&apos;s words:</source>
        <translation>顾客原话：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentExampleTableModel</name>
    <message>
        <source>Shipped</source>
        <translation>随软件提供</translation>
    </message>
    <message>
        <source>Added in the app</source>
        <translation>在应用中添加</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentExamplesEditor</name>
    <message>
        <source>All intents</source>
        <translation>全部意图</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
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
        <source>Intent:</source>
        <translation>意图：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Search example text…</source>
        <translation>搜索样例文本…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>重新训练</translation>
    </message>
    <message>
        <source>Train the intent model on these examples and let the bot use it (a few seconds).</source>
        <translation>用这些样例训练意图模型并让机器人使用它（只需几秒）。</translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentMetricsTableModel</name>
    <message>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message numerus="yes">
        <source>Predicted %n time(s)</source>
        <translation>
            <numerusform>被预测 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentMetricsView</name>
    <message>
        <source>Per intent</source>
        <translation>按意图</translation>
    </message>
    <message>
        <source>Wrong predictions</source>
        <translation>错误预测</translation>
    </message>
</context>
<context>
    <name>omni::ui::JobProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1：正在取消…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>omni::ui::JobRunner</name>
    <message>
        <source>The job stopped with an unknown error.</source>
        <translation>任务因未知错误而中止。</translation>
    </message>
</context>
<context>
    <name>omni::ui::JourneysCard</name>
    <message>
        <source>Journeys: first touch to purchase</source>
        <translation>客户路径：首次接触到购买</translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation>购买渠道</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>首次接触渠道</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Cross-channel journeys: for each active customer, first touch (rows) = the channel of their first activity in the range (on the first active day: the channel of their earliest session that day, else the first channel in the shop&apos;s channel order); purchase channel (columns) = the channel of their first counted order on or after that day in the range. Customers without such an order are in no cell. The diagonal holds those who bought where they started.</source>
        <translation>跨渠道路径：对每位活跃客户，首次接触（行）= 其期间内首次活动的渠道（在首个活跃日：当天最早会话的渠道，否则按店铺渠道顺序取第一个渠道）；购买渠道（列）= 其在该日或之后、期间内第一笔计入订单的渠道。没有这种订单的客户不计入任何格子。对角线上是在起始渠道购买的客户。</translation>
    </message>
</context>
<context>
    <name>omni::ui::KbArticleDialog</name>
    <message>
        <source>Add knowledge-base article</source>
        <translation>添加知识库文章</translation>
    </message>
    <message>
        <source>Edit knowledge-base article</source>
        <translation>编辑知识库文章</translation>
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
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>正文：</translation>
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
        <source>An article needs a title and a text.</source>
        <translation>文章需要标题和正文。</translation>
    </message>
    <message>
        <source>Name the article&apos;s topic.</source>
        <translation>请填写文章的主题。</translation>
    </message>
    <message>
        <source>There is already an article on this topic in this language: edit that one instead.</source>
        <translation>这个主题在该语言下已有文章：请编辑那篇文章。</translation>
    </message>
</context>
<context>
    <name>omni::ui::KbArticleTableModel</name>
    <message>
        <source>Returns</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺码指南</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Store pickup</source>
        <translation>门店自提</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
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
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>omni::ui::KbEditor</name>
    <message>
        <source>Search topics, titles and article text…</source>
        <translation>搜索主题、标题和文章内容…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Text (the bot quotes the line that best matches the customer&apos;s question):</source>
        <translation>正文（机器人会引用与顾客问题最匹配的那一行）：</translation>
    </message>
    <message>
        <source>Add article…</source>
        <translation>添加文章…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
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
        <source>Saved edits can be undone (Edit → Undo); the bot answers from them at once.</source>
        <translation>保存的修改可以撤销（编辑 → 撤销）；机器人会立即按修改后的内容回答。</translation>
    </message>
</context>
<context>
    <name>omni::ui::LatencyChart</name>
    <message>
        <source>Turn latency (ms)</source>
        <translation>单轮延迟（毫秒）</translation>
    </message>
    <message>
        <source>%1 ms budget</source>
        <translation>%1 毫秒预算</translation>
    </message>
</context>
<context>
    <name>omni::ui::LifecycleCard</name>
    <message>
        <source>Month of %1</source>
        <translation>%1 所在月</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 所在周</translation>
    </message>
    <message>
        <source>%1
New: %2
Returning: %3
Resurrecting: %4
Dormant: %5</source>
        <translation>%1
新增：%2
回访：%3
召回：%4
沉睡：%5</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Per week or month: new = first activity ever; returning = active in this and the previous period; resurrecting = active now, not in the previous period but some time before; dormant = active in the previous period, not in this one (drawn below zero). Growth needs the bars above zero to outweigh the dormant ones.</source>
        <translation>按周或按月：新增 = 首次活跃；回访 = 本期和上期都活跃；召回 = 本期活跃、上期未活跃但更早活跃过；沉睡 = 上期活跃、本期未活跃（画在零线以下）。零线以上的柱子超过沉睡部分才算增长。</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Resurrecting</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
</context>
<context>
    <name>omni::ui::ListingTableModel</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Listing title</source>
        <translation>渠道标题</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>omni::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>新建店铺数据(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开店铺数据(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>导出数据表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Inference device</source>
        <translation>推理设备(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Automatic (GPU when available)</source>
        <translation>自动（有 GPU 时使用 GPU）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;CPU</source>
        <translation>CPU(&amp;C)</translation>
    </message>
    <message>
        <source>CUDA &amp;GPU</source>
        <translation>CUDA GPU(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OmniConsole</source>
        <translation>关于 OmniConsole(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>omni::ui::MainWindow</name>
    <message>
        <source>OmniConsole</source>
        <translation>OmniConsole</translation>
    </message>
    <message>
        <source>%1 — OmniConsole</source>
        <translation>%1 — OmniConsole</translation>
    </message>
    <message>
        <source>Preparing the sample shop…

The first start writes a realistic demo shop (customers, products and a million events) into a local store. Its progress is shown at the bottom right, where you can also cancel it.</source>
        <translation>正在准备示例店铺…

首次启动时，会将一个逼真的演示店铺（客户、商品以及一百万条行为事件）写入本地店铺数据。进度显示在窗口右下角，您也可以在那里取消。</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>打开店铺数据</translation>
    </message>
    <message>
        <source>Creating the sample shop</source>
        <translation>创建示例店铺</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1: cancelled; the store was left as it was.</source>
        <translation>%1：已取消，店铺数据保持原样。</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1失败</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>打开店铺数据</translation>
    </message>
    <message>
        <source>OmniConsole stores (*.omni);;All files (*)</source>
        <translation>OmniConsole 店铺数据 (*.omni);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>omni::ui::ModelRecordTableModel</name>
    <message>
        <source>Popularity</source>
        <translation>热门商品模型</translation>
    </message>
    <message>
        <source>Item k-NN</source>
        <translation>物品 k 近邻</translation>
    </message>
    <message>
        <source>BPR matrix factorisation</source>
        <translation>BPR 矩阵分解</translation>
    </message>
    <message>
        <source>SASRec sequence model</source>
        <translation>SASRec 序列模型</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <source>Intent classifier</source>
        <translation>意图分类器</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>评估指标</translation>
    </message>
    <message>
        <source>Copy language model</source>
        <translation>文案语言模型</translation>
    </message>
</context>
<context>
    <name>omni::ui::ModelResultsTableModel</name>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Test figures, full ranking over the whole catalogue (time-ordered leave-one-out)</source>
        <translation>测试集指标：在全部商品上完整排序（按时间留一法）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练用时</translation>
    </message>
    <message>
        <source>HR@10</source>
        <translation>HR@10</translation>
    </message>
    <message>
        <source>NDCG@10</source>
        <translation>NDCG@10</translation>
    </message>
    <message>
        <source>Recall@10</source>
        <translation>Recall@10</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Coverage@10</source>
        <translation>覆盖率@10</translation>
    </message>
</context>
<context>
    <name>omni::ui::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Train…</source>
        <translation>训练…</translation>
    </message>
    <message>
        <source>Train a recommender on this store&apos;s interactions and keep it</source>
        <translation>用本店铺数据中的交互训练推荐模型并保存</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Run the evaluation protocol for a model kind without keeping the model</source>
        <translation>按评估流程运行一种模型，不保存模型</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Use the selected model for its kind&apos;s recommendations (undoable)</source>
        <translation>让所选模型负责同类推荐（可撤销）</translation>
    </message>
    <message>
        <source>Loss and validation NDCG@10 per epoch</source>
        <translation>每轮的损失与验证集 NDCG@10</translation>
    </message>
    <message>
        <source>No trained models yet.

Recommendation, language and intent models you train for this store will be listed here with their version, training date and evaluation metrics, and you will choose here which one is in use.

Use Train… to train a recommender.</source>
        <translation>还没有训练好的模型。

为本店铺数据训练的推荐、语言和意图模型会列在这里，附带版本、训练日期和评估指标，您也可以在这里选择使用哪一个。

点击“训练…”来训练一个推荐模型。</translation>
    </message>
    <message>
        <source>Evaluate a recommender</source>
        <translation>评估推荐模型</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>正在评估 %1</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>正在训练 %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>已取消：没有保存任何内容。</translation>
    </message>
    <message>
        <source>%1 (trained %2)</source>
        <translation>%1（训练于 %2）</translation>
    </message>
    <message>
        <source>Activate model</source>
        <translation>启用模型</translation>
    </message>
    <message>
        <source>Trained %1 on %2</source>
        <translation>训练于 %1，设备 %2</translation>
    </message>
    <message>
        <source>Best validation at epoch %1</source>
        <translation>第 %1 轮验证结果最佳</translation>
    </message>
    <message>
        <source>Test NDCG@10 %1, HR@10 %2 (full ranking)</source>
        <translation>测试 NDCG@10 %1，HR@10 %2（完整排序）</translation>
    </message>
    <message>
        <source>In use for recommendations</source>
        <translation>正用于推荐</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>No training curve is stored for this model (it was trained by an older version)</source>
        <translation>此模型没有保存训练曲线（它由旧版本训练）</translation>
    </message>
    <message>
        <source>Loss and validation NDCG@10 per epoch: %1, trained %2</source>
        <translation>每轮的损失与验证集 NDCG@10：%1，训练于 %2</translation>
    </message>
    <message>
        <source>Score all customers</source>
        <translation>为全部客户打分</translation>
    </message>
    <message>
        <source>Store every customer&apos;s top 20 from the selected model, with reasons, for export and other tools (replaces that model&apos;s earlier scores)</source>
        <translation>用所选模型为每位客户保存前 20 个推荐及理由，供导出和其他工具使用（替换该模型之前的打分）</translation>
    </message>
    <message>
        <source>Scoring every customer with %1</source>
        <translation>正在用 %1 为全部客户打分</translation>
    </message>
    <message>
        <source>Scoring cancelled: the stored scores are as they were.</source>
        <translation>已取消打分：已保存的打分保持原样。</translation>
    </message>
</context>
<context>
    <name>omni::ui::MultiChannelCard</name>
    <message>
        <source>No active customers in this range</source>
        <translation>该期间没有活跃客户</translation>
    </message>
    <message>
        <source>%1 of active customers used two or more channels (%2 of %3)</source>
        <translation>%1 的活跃客户使用了两个或更多渠道（%3 人中的 %2 人）</translation>
    </message>
    <message>
        <source>Customers on several channels</source>
        <translation>多渠道客户</translation>
    </message>
    <message>
        <source>Channels used</source>
        <translation>使用的渠道数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customers on two or more channels: among the active customers of the range, how many were active on exactly 1, 2, 3... channels (the bars); multi-channel share = customers on 2 or more channels / active customers.</source>
        <translation>多渠道客户：期间内的活跃客户中，恰好在 1、2、3……个渠道活跃的客户数（柱子）；多渠道占比 = 在 2 个或更多渠道活跃的客户数 / 活跃客户数。</translation>
    </message>
</context>
<context>
    <name>omni::ui::NewStoreDialog</name>
    <message>
        <source>This file already exists; choose a new name.</source>
        <translation>该文件已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>新建店铺数据</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>OmniConsole stores (*.omni);;All files (*)</source>
        <translation>OmniConsole 店铺数据 (*.omni);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Empty: I will import my own data</source>
        <translation>空白：我将导入自己的数据</translation>
    </message>
    <message>
        <source>Small sample shop (about 300 customers)</source>
        <translation>小型示例店铺（约 300 位客户）</translation>
    </message>
    <message>
        <source>Demo sample shop (about 20,000 customers, 1 million events)</source>
        <translation>演示示例店铺（约 2 万位客户、100 万条行为事件）</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>omni::ui::PageStateView</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>omni::ui::PathField</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>omni::ui::ProductEditor</name>
    <message>
        <source>Active (on sale)</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Paused (hidden)</source>
        <translation>已暂停（隐藏）</translation>
    </message>
    <message>
        <source>Draft (not published)</source>
        <translation>草稿（未发布）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The price must be greater than 0.</source>
        <translation>价格必须大于 0。</translation>
    </message>
    <message>
        <source>The stock cannot be negative.</source>
        <translation>库存不能为负数。</translation>
    </message>
    <message>
        <source>%1 products need the attribute “%2”.</source>
        <translation>%1类商品必须填写属性“%2”。</translation>
    </message>
    <message>
        <source>%1 products need one of the attributes %2.</source>
        <translation>%1类商品必须填写以下属性之一：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>An attribute has a value but no name.</source>
        <translation>有一个属性填写了值但没有名称。</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 allowed.</source>
        <translation>%1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>%1 characters; %2 allows at most %3.</source>
        <translation>%1 个字符；%2最多允许 %3 个。</translation>
    </message>
    <message>
        <source>Unknown listing status “%1”.</source>
        <translation>未知的上架状态“%1”。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>英文描述</translation>
    </message>
    <message>
        <source>Chinese description</source>
        <translation>中文描述</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>删除属性</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Write the product and its listings to the store in one step (undo with Ctrl+Z).</source>
        <translation>一次性将商品及其各渠道商品写入店铺数据（可用 Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>This product is not listed on %1.</source>
        <translation>该商品尚未在%1上架。</translation>
    </message>
    <message>
        <source>Create listing from the product</source>
        <translation>按商品信息创建渠道商品</translation>
    </message>
    <message>
        <source>Fills the listing with the product&apos;s title and description in the channel&apos;s language and its price, as a draft. Save writes it.</source>
        <translation>用该渠道语言的商品标题、描述及商品价格填写渠道商品，状态为草稿。点击“保存”后写入。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product ⚠</source>
        <translation>商品 ⚠</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes; %Ln problem(s) to fix before saving</source>
        <translation>
            <numerusform>有未保存的修改；保存前需修正 %Ln 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>描述（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>描述（中文）</translation>
    </message>
</context>
<context>
    <name>omni::ui::ProductFilterBar</name>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>Listed (any status)</source>
        <translation>已上架（任意状态）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>未上架</translation>
    </message>
    <message>
        <source>Search SKU, title, brand…</source>
        <translation>搜索 SKU、标题、品牌…</translation>
    </message>
    <message>
        <source>Every word must occur in the SKU, the English or Chinese title or the brand.</source>
        <translation>每个词都须出现在 SKU、英文或中文标题或品牌中。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
</context>
<context>
    <name>omni::ui::ProductTableModel</name>
    <message>
        <source>SKU</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>上架渠道</translation>
    </message>
    <message>
        <source>Channel prices</source>
        <translation>渠道价格</translation>
    </message>
</context>
<context>
    <name>omni::ui::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>There are no products in this store yet.
Import a catalog with File → Import….</source>
        <translation>此店铺数据中还没有商品。
请通过“文件 → 导入…”导入商品目录。</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Consistency audit</source>
        <translation>一致性检查</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Listings overview</source>
        <translation>渠道商品一览</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <source>Set a field or copy the product&apos;s values to channels, for the selected products or every product matching the filter. One step to undo.</source>
        <translation>为所选商品或符合筛选条件的全部商品设置字段，或将商品的值复制到渠道。可一步撤销。</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Write the selected products with their listings to a CSV file.</source>
        <translation>将所选商品及其渠道商品写入 CSV 文件。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to %1 before showing another product?</source>
        <translation>显示其他商品前是否保存对 %1 的修改？</translation>
    </message>
    <message>
        <source>The changes to %1 have problems and were not saved.</source>
        <translation>对 %1 的修改存在问题，未保存。</translation>
    </message>
    <message>
        <source>Not saved: no store is open.</source>
        <translation>未保存：没有打开的店铺数据。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Undone: the product is back as it was.</source>
        <translation>已撤销：商品已恢复原样。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Bulk edit undone.</source>
        <translation>批量编辑已撤销。</translation>
    </message>
    <message>
        <source>Bulk edit saved.</source>
        <translation>批量编辑已保存。</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <source>Bulk edit cancelled; nothing changed.</source>
        <translation>批量编辑已取消，未做任何修改。</translation>
    </message>
    <message>
        <source>Bulk edit failed: %1</source>
        <translation>批量编辑失败：%1</translation>
    </message>
    <message>
        <source>Nothing to change: the products already have that value.</source>
        <translation>无需修改：这些商品已是该值。</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit of %Ln product(s)</source>
        <translation>
            <numerusform>批量编辑 %Ln 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Export selected products</source>
        <translation>导出所选商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products</source>
        <translation>正在导出商品</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) written to %1</source>
        <translation>
            <numerusform>已将 %Ln 个商品写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) changed</source>
        <translation>
            <numerusform>已修改 %Ln 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omni::ui::ProfileAccountTableModel</name>
    <message>
        <source>not resolved yet</source>
        <translation>尚未进行身份识别</translation>
    </message>
    <message>
        <source>first account of this customer</source>
        <translation>该客户的首个账号</translation>
    </message>
    <message>
        <source>linked by: an analyst&apos;s merge with %1</source>
        <translation>关联依据：分析师手动与 %1 合并</translation>
    </message>
    <message>
        <source>linked by: same loyalty card as %1</source>
        <translation>关联依据：与 %1 使用同一会员卡</translation>
    </message>
    <message>
        <source>linked by: same hashed phone as %1</source>
        <translation>关联依据：与 %1 的电话哈希相同</translation>
    </message>
    <message>
        <source>linked by: same hashed e-mail as %1</source>
        <translation>关联依据：与 %1 的邮箱哈希相同</translation>
    </message>
    <message>
        <source>linked by: same device as %1</source>
        <translation>关联依据：与 %1 使用同一设备</translation>
    </message>
    <message>
        <source>linked by: same customer record in the shop&apos;s data as %1</source>
        <translation>关联依据：店铺数据中与 %1 属于同一客户记录</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Why it is this customer</source>
        <translation>归属原因</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
</context>
<context>
    <name>omni::ui::ProfilePanel</name>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Prospect (no order yet)</source>
        <translation>潜在客户（尚未下单）</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>经济型</translation>
    </message>
    <message>
        <source>mid-range</source>
        <translation>中档</translation>
    </message>
    <message>
        <source>premium</source>
        <translation>高端</translation>
    </message>
    <message>
        <source>night (0–6 h)</source>
        <translation>夜间（0–6 时）</translation>
    </message>
    <message>
        <source>morning (6–12 h)</source>
        <translation>上午（6–12 时）</translation>
    </message>
    <message>
        <source>afternoon (12–18 h)</source>
        <translation>下午（12–18 时）</translation>
    </message>
    <message>
        <source>evening (18–24 h)</source>
        <translation>晚上（18–24 时）</translation>
    </message>
    <message>
        <source>Choose a customer to see their profile.</source>
        <translation>请选择一位客户查看画像。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>%1 — R %2 · F %3 · M %4 (%5 days since last order, %6 orders, %7 spent)</source>
        <translation>%1 — R %2 · F %3 · M %4（距上次下单 %5 天，%6 笔订单，消费 %7）</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>累计价值</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n order(s)</source>
        <translation>
            <numerusform>%1，共 %n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Price band</source>
        <translation>价格带</translation>
    </message>
    <message>
        <source>%1 (picks at the %2 percentile of a category&apos;s prices)</source>
        <translation>%1（所选商品位于品类价格的 %2 分位）</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>偏好渠道</translation>
    </message>
    <message>
        <source>Usually active</source>
        <translation>常活跃时段</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>活跃期间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 channel(s)</source>
        <translation>
            <numerusform>%n 个账号，分布在 %1 个渠道</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>行为事件</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Select an account to see the evidence stored with its link.</source>
        <translation>选择一个账号，查看其关联时保存的证据。</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Split off…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <source>Make the selected accounts a customer of their own (undoable)</source>
        <translation>将所选账号拆分为一位独立客户（可撤销）</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Join this customer with another one found by search (undoable)</source>
        <translation>将此客户与搜索到的另一位客户合并（可撤销）</translation>
    </message>
</context>
<context>
    <name>omni::ui::PurchaseGapCard</name>
    <message>
        <source>Time between purchases</source>
        <translation>购买间隔</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>复购订单数</translation>
    </message>
    <message>
        <source>Days since the previous order</source>
        <translation>距上一笔订单的天数</translation>
    </message>
    <message>
        <source>Time between purchases: for each customer, the shop days between consecutive counted orders in the range (on the filter&apos;s channels); two orders the same day give 0. Cancelled orders are never counted. The bars count these intervals by length.</source>
        <translation>购买间隔：每位客户期间内（筛选渠道上）相邻两笔计入订单之间相隔的店铺日天数；同一天的两笔订单间隔为 0。已取消的订单从不计入。柱子按间隔长度统计次数。</translation>
    </message>
</context>
<context>
    <name>omni::ui::PurchasesCard</name>
    <message>
        <source>No orders in this range</source>
        <translation>该期间没有订单</translation>
    </message>
    <message>
        <source>Repeat-purchase rate %1 (%2 of %3 buyers) · orders %4 · GMV %5</source>
        <translation>复购率 %1（%3 位购买客户中的 %2 位）· 订单 %4 · 成交总额 %5</translation>
    </message>
    <message>
        <source>%1: GMV %2, orders %3</source>
        <translation>%1：成交总额 %2，订单 %3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>Purchases, order value and GMV</source>
        <translation>购买、订单金额与成交总额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>成交总额（GMV）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>GMV per day</source>
        <translation>每日成交总额</translation>
    </message>
    <message>
        <source>Orders per day</source>
        <translation>每日订单数</translation>
    </message>
    <message>
        <source>Orders by value</source>
        <translation>按金额统计的订单数</translation>
    </message>
    <message>
        <source>Buyers: customers with at least one counted order in the range; repeat buyers: of them, those with two or more. Repeat-purchase rate = repeat buyers / buyers. Order value: the distribution of counted order totals. GMV per day and orders per day: the sum of counted order totals and their number on each shop day of the range (days without orders are zeros). Cancelled orders are never counted; shop days are calendar days in the shop&apos;s time zone.</source>
        <translation>购买客户：期间内至少有一笔计入订单的客户；复购客户：其中有两笔或更多订单的客户。复购率 = 复购客户数 / 购买客户数。订单金额：计入订单总额的分布。每日成交总额和每日订单数：期间内每个店铺日计入订单的总额之和及其数量（没有订单的日子记为 0）。已取消的订单从不计入；店铺日按店铺时区的日历日计算。</translation>
    </message>
</context>
<context>
    <name>omni::ui::RecommendationTableModel</name>
    <message>
        <source>champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>loyal customers</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>customers needing attention</source>
        <translation>需要关注的客户</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>有流失风险的客户</translation>
    </message>
    <message>
        <source>hibernating customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Popular with all customers</source>
        <translation>深受所有客户欢迎</translation>
    </message>
    <message>
        <source>Popular among %1</source>
        <translation>在%1中很受欢迎</translation>
    </message>
    <message>
        <source>Often chosen together with this customer&apos;s items</source>
        <translation>常与该客户选过的商品一起被选择</translation>
    </message>
    <message>
        <source>Often chosen together with %1</source>
        <translation>常与 %1 一起被选择</translation>
    </message>
    <message>
        <source>Follows this customer&apos;s recent steps</source>
        <translation>顺应该客户最近的浏览与购买</translation>
    </message>
    <message>
        <source>Follows on from %1</source>
        <translation>承接 %1</translation>
    </message>
    <message>
        <source>Matches this customer&apos;s taste</source>
        <translation>符合该客户的偏好</translation>
    </message>
    <message>
        <source>Matches a taste shown by %1</source>
        <translation>符合 %1 体现的偏好</translation>
    </message>
    <message>
        <source>New product like what this customer looks at</source>
        <translation>与该客户关注的商品相似的新品</translation>
    </message>
    <message>
        <source>New product similar to %1</source>
        <translation>与 %1 相似的新品</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 件商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omni::ui::RecommendationsPanel</name>
    <message>
        <source>No comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>%1, trained %2</source>
        <translation>%1，训练于 %2</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>Bought %1</source>
        <translation>购买了 %1</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>浏览了 %1</translation>
    </message>
    <message>
        <source>No recommender is trained for this store yet. Train one on the Models page.</source>
        <translation>本店铺数据还没有训练好的推荐模型。请在“模型”页训练一个。</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>Including %n hypothetical interaction(s).</source>
        <translation>
            <numerusform>包含 %n 个假设的交互。</numerusform>
        </translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比模型：</translation>
    </message>
    <message>
        <source>What if they…</source>
        <translation>假如该客户…</translation>
    </message>
    <message>
        <source>viewed it</source>
        <translation>浏览了它</translation>
    </message>
    <message>
        <source>bought it</source>
        <translation>购买了它</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>A product to add to this customer&apos;s history, hypothetically (no retraining)</source>
        <translation>假设性地加入该客户历史的商品（无需重新训练）</translation>
    </message>
</context>
<context>
    <name>omni::ui::RetentionCurveCard</name>
    <message>
        <source>Month %1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Retention curve</source>
        <translation>留存曲线</translation>
    </message>
    <message>
        <source>Months since the cohort started</source>
        <translation>同期群开始后的月数</translation>
    </message>
    <message>
        <source>Weeks since the cohort started</source>
        <translation>同期群开始后的周数</translation>
    </message>
    <message>
        <source>Retained (%)</source>
        <translation>留存率（%）</translation>
    </message>
    <message>
        <source>%1: %2 retained
(cohorts that reach it: %3)</source>
        <translation>%1：留存 %2
（到达该期的同期群：%3 个）</translation>
    </message>
    <message>
        <source>For each period k since the cohort started: the customers retained in period k summed over every cohort that has reached period k, divided by those cohorts&apos; sizes (the same counting rules as the heat map); periods the data ends inside are left out.</source>
        <translation>对同期群开始后的每个第 k 期：把所有已到达第 k 期的同期群在该期留存的客户数相加，再除以这些同期群的总人数（计数规则与热力图相同）；数据在期中结束的不完整期不计入。</translation>
    </message>
</context>
<context>
    <name>omni::ui::RetentionHeatmapCard</name>
    <message>
        <source>Month %1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Retention by cohort</source>
        <translation>按同期群的留存</translation>
    </message>
    <message>
        <source>Return on period k</source>
        <translation>第 k 期当期回访</translation>
    </message>
    <message>
        <source>On or after period k</source>
        <translation>第 k 期及以后回访</translation>
    </message>
    <message>
        <source>First-time cohorts</source>
        <translation>首次活跃同期群</translation>
    </message>
    <message>
        <source>Recurring cohorts</source>
        <translation>重复活跃同期群</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>&quot;Return on&quot;: active in exactly that period. &quot;On or after&quot;: active in it or any later one (unbounded retention, never rising).</source>
        <translation>“当期回访”：恰好在该期活跃。“当期及以后”：在该期或之后任一期活跃（无界留存，不会上升）。</translation>
    </message>
    <message>
        <source>Periods since the cohort started</source>
        <translation>同期群开始后的期数</translation>
    </message>
    <message>
        <source>Cohort (customers)</source>
        <translation>同期群（客户数）</translation>
    </message>
    <message>
        <source>Retained (%)</source>
        <translation>留存率（%）</translation>
    </message>
    <message>
        <source>Cohort of %1 (%2 customers)
%3: %4 retained (%5)</source>
        <translation>%1 同期群（%2 位客户）
%3：留存 %4（%5 位）</translation>
    </message>
    <message>
        <source>* Incomplete: the data ends inside this period, so the rate reads low.</source>
        <translation>* 不完整：数据在该期中途结束，留存率偏低。</translation>
    </message>
    <message>
        <source>Each row is a cohort: the customers whose first activity ever (first-time) or any activity (recurring) fell in that week or month; its size is in brackets. Cell k: the share of the cohort active in period k after (&quot;return on&quot;), or in period k or any later one (&quot;on or after&quot;). Period 0 is the cohort period itself, 100% by definition. Empty cells: the range does not reach that period yet. An asterisk marks a period the data ends inside: its rate counts only the days seen so far.</source>
        <translation>每一行是一个同期群：首次活跃（首次）或任意活跃（重复）落在该周或该月的客户；括号内为人数。第 k 格：同期群中在之后第 k 期活跃的比例（“当期回访”），或在第 k 期及之后任一期活跃的比例（“当期及以后”）。第 0 期即同期群所在期，按定义为 100%。空白格：所选区间尚未到达该期。星号表示数据在该期中途结束：其留存率只计入已有的天数。</translation>
    </message>
</context>
<context>
    <name>omni::ui::RetrievedArticleTableModel</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
</context>
<context>
    <name>omni::ui::SearchField</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>共 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2 行</translation>
    </message>
</context>
<context>
    <name>omni::ui::SearchHitTableModel</name>
    <message>
        <source>customer id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation>客户键</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>%1 (merged customer)</source>
        <translation>%1（已合并的客户）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配字段</translation>
    </message>
    <message>
        <source>Matching text</source>
        <translation>匹配内容</translation>
    </message>
</context>
<context>
    <name>omni::ui::SessionLengthCard</name>
    <message>
        <source>Session length</source>
        <translation>会话时长</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Session length: per session starting in the range (shop day of its first event) on the filter&apos;s channels, the seconds from its first to its last event; a one-event session is 0 s. The bars count sessions by length.</source>
        <translation>会话时长：在筛选渠道上、于期间内开始（以第一个事件的店铺日计）的每个会话，从第一个事件到最后一个事件的秒数；只有一个事件的会话为 0 秒。柱子按时长统计会话数。</translation>
    </message>
</context>
<context>
    <name>omni::ui::StorePage</name>
    <message>
        <source>No store is open. Use File → Open store… or File → New store…</source>
        <translation>尚未打开店铺数据。请使用“文件 → 打开店铺数据…”或“文件 → 新建店铺数据…”。</translation>
    </message>
    <message>
        <source>The store could not be read:
%1</source>
        <translation>无法读取店铺数据：
%1</translation>
    </message>
</context>
<context>
    <name>omni::ui::StoreStatusWidget</name>
    <message>
        <source>No store open</source>
        <translation>未打开店铺数据</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>店铺数据：%1</translation>
    </message>
    <message>
        <source>%1 customers · %2 products · %3 events</source>
        <translation>%1 位客户 · %2 件商品 · %3 条行为事件</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>推理设备：%1</translation>
    </message>
    <message>
        <source>Device: checking…</source>
        <translation>推理设备：检测中…</translation>
    </message>
</context>
<context>
    <name>omni::ui::SuiteRunnerPanel</name>
    <message>
        <source>reply contains “%1”</source>
        <translation>回复包含“%1”</translation>
    </message>
    <message>
        <source>reply does not contain “%1”</source>
        <translation>回复不包含“%1”</translation>
    </message>
    <message>
        <source>reply matches /%1/</source>
        <translation>回复匹配 /%1/</translation>
    </message>
    <message>
        <source>hands off</source>
        <translation>转人工</translation>
    </message>
    <message>
        <source>no hand-off</source>
        <translation>不转人工</translation>
    </message>
    <message>
        <source>refuses</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>no refusal</source>
        <translation>不拒绝</translation>
    </message>
    <message>
        <source>fact %1</source>
        <translation>事实 %1</translation>
    </message>
    <message>
        <source>Add suites, check the ones to run and press Run.</source>
        <translation>添加测试套件，勾选要运行的套件，然后点击“运行”。</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>按用例所写</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1（%n 个用例）</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped with OmniConsole</source>
        <translation>OmniConsole 自带</translation>
    </message>
    <message numerus="yes">
        <source>Added %n default suite(s).</source>
        <translation>
            <numerusform>已添加 %n 个默认测试套件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the suite “%1”.</source>
        <translation>已打开测试套件“%1”。</translation>
    </message>
    <message>
        <source>Could not open the suite: %1</source>
        <translation>无法打开测试套件：%1</translation>
    </message>
    <message>
        <source>Imported from Botium conversations</source>
        <translation>从 Botium 对话导入</translation>
    </message>
    <message>
        <source>Imported “%1” into the suite “%2”.</source>
        <translation>已将“%1”导入测试套件“%2”。</translation>
    </message>
    <message>
        <source>Could not import the conversation: %1</source>
        <translation>无法导入对话：%1</translation>
    </message>
    <message>
        <source>Open test suites</source>
        <translation>打开测试套件</translation>
    </message>
    <message>
        <source>Test suites (*.json);;All files (*)</source>
        <translation>测试套件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Botium conversation</source>
        <translation>导入 Botium 对话</translation>
    </message>
    <message>
        <source>Botium conversations (*.convo.txt *.txt);;All files (*)</source>
        <translation>Botium 对话 (*.convo.txt *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add the conversation to the suite file</source>
        <translation>将对话添加到测试套件文件</translation>
    </message>
    <message>
        <source>Test suites (*.json)</source>
        <translation>测试套件 (*.json)</translation>
    </message>
    <message>
        <source>Test suites run once the window is ready.</source>
        <translation>窗口就绪后即可运行测试套件。</translation>
    </message>
    <message>
        <source>Open a store to run test suites against its customers.</source>
        <translation>请先打开店铺，测试套件将以其顾客身份运行。</translation>
    </message>
    <message>
        <source>The bot is loading; Run is available once it is ready.</source>
        <translation>客服机器人正在加载，就绪后即可运行。</translation>
    </message>
    <message>
        <source>A test-suite job is running.</source>
        <translation>测试套件任务正在运行。</translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it.</source>
        <translation>另一个任务正在运行，请等待其完成或取消。</translation>
    </message>
    <message>
        <source>Check at least one suite to run.</source>
        <translation>请至少勾选一个要运行的测试套件。</translation>
    </message>
    <message>
        <source>Cancelled; the results shown are from before.</source>
        <translation>已取消；显示的是之前的结果。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Running test suites</source>
        <translation>正在运行测试套件</translation>
    </message>
    <message numerus="yes">
        <source>Running %n case(s)…</source>
        <translation>
            <numerusform>正在运行 %n 个用例…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cross-validating the intent model</source>
        <translation>正在交叉验证意图模型</translation>
    </message>
    <message>
        <source>Cross-validating with %1 folds…</source>
        <translation>正在进行 %1 折交叉验证…</translation>
    </message>
    <message>
        <source>Checking channel consistency</source>
        <translation>正在检查渠道一致性</translation>
    </message>
    <message>
        <source>Running the suites on every channel…</source>
        <translation>正在各渠道上运行测试套件…</translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <translation>第 %1 个用例，共 %2 个</translation>
    </message>
    <message>
        <source>%1 · turn %2</source>
        <translation>%1 · 第 %2 轮</translation>
    </message>
    <message>
        <source>Select a turn to see the reply, what failed and the facts used.</source>
        <translation>选择一轮对话，查看回复、失败项和所用事实。</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>用例：</translation>
    </message>
    <message>
        <source>turn %1 on %2</source>
        <translation>第 %1 轮，渠道：%2</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation>意图：</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>期望 %1</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>期望：</translation>
    </message>
    <message>
        <source>Hand-off:</source>
        <translation>转人工：</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>已拒绝：</translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation>失败项：</translation>
    </message>
    <message>
        <source>Every expectation was met.</source>
        <translation>所有期望均已满足。</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>实体：</translation>
    </message>
    <message>
        <source>Facts used:</source>
        <translation>所用事实：</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>延迟：%1 毫秒</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>Export JUnit XML</source>
        <translation>导出 JUnit XML</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Export JSON report</source>
        <translation>导出 JSON 报告</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a store to cross-validate its intent examples.</source>
        <translation>请先打开店铺，再对其意图样例做交叉验证。</translation>
    </message>
    <message>
        <source>Test suites</source>
        <translation>测试套件</translation>
    </message>
    <message>
        <source>Default suites</source>
        <translation>默认套件</translation>
    </message>
    <message>
        <source>Open suite…</source>
        <translation>打开套件…</translation>
    </message>
    <message>
        <source>Import Botium…</source>
        <translation>导入 Botium…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Checked suites are run.</source>
        <translation>运行已勾选的测试套件。</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Run every case on this channel, or each on the channel it names.</source>
        <translation>在此渠道上运行所有用例，或按各用例指定的渠道运行。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export JUnit…</source>
        <translation>导出 JUnit…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>交叉验证</translation>
    </message>
    <message>
        <source>Channel consistency</source>
        <translation>渠道一致性</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>仅显示失败</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Latency percentiles</source>
        <translation>延迟分位数</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>折数：</translation>
    </message>
    <message>
        <source>Cross-validate</source>
        <translation>交叉验证</translation>
    </message>
    <message>
        <source>Check channels</source>
        <translation>检查渠道</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>轮次数</translation>
    </message>
    <message>
        <source>Case · turn</source>
        <translation>用例 · 轮次</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>样例数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Cases: %1 passed, %2 failed · Turns: %3 passed, %4 failed · Intent accuracy %5 · macro-F1 %6 · Latency p50 %7 ms, p95 %8 ms, p99 %9 ms · %10 s</source>
        <translation>用例：%1 个通过，%2 个失败 · 轮次：%3 个通过，%4 个失败 · 意图准确率 %5 · 宏平均 F1 %6 · 延迟 p50 %7 毫秒，p95 %8 毫秒，p99 %9 毫秒 · 用时 %10 秒</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 examples, %2 folds: accuracy %3 · macro-F1 %4 · %n wrong · %5 s</source>
        <translation>
            <numerusform>%1 个样例，%2 折：准确率 %3 · 宏平均 F1 %4 · %n 个错误 · 用时 %5 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Trains the intent model k times on the store&apos;s labelled examples, each time holding one fold out, and scores every example by the model that did not see it.</source>
        <translation>用店铺的已标注样例训练意图模型 k 次，每次留出一折，并用未见过该样例的模型为每个样例打分。</translation>
    </message>
    <message numerus="yes">
        <source>No differences across %n channel(s).</source>
        <translation>
            <numerusform>%n 个渠道之间没有差异。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) in the facts used across %1 channels (%2 turns compared).</source>
        <translation>
            <numerusform>%1 个渠道所用事实中有 %n 处差异（比较了 %2 轮）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs the checked suites on every channel and lists the facts that differ.</source>
        <translation>在每个渠道上运行已勾选的测试套件，并列出不一致的事实。</translation>
    </message>
    <message>
        <source>Cross-validating: %1%</source>
        <translation>交叉验证中：%1%</translation>
    </message>
    <message>
        <source>Checking channels: %1%</source>
        <translation>检查渠道中：%1%</translation>
    </message>
    <message>
        <source>Double-click a wrong prediction to see its turn on the Results tab.</source>
        <translation>双击错误预测，可在“结果”页查看对应的那一轮。</translation>
    </message>
</context>
<context>
    <name>omni::ui::SupportPage</name>
    <message>
        <source>Support</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟对话</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Intent examples</source>
        <translation>意图样例</translation>
    </message>
    <message>
        <source>Test suites</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Training the intent model</source>
        <translation>训练意图模型</translation>
    </message>
    <message>
        <source>%1 examples, %2 added in the app.</source>
        <translation>共 %1 条样例，其中 %2 条在应用中添加。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>The model has not learnt the latest changes: retrain.</source>
        <translation>模型尚未学习最新的改动：请重新训练。</translation>
    </message>
</context>
<context>
    <name>omni::ui::TimelineTableModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s) · %2</source>
        <translation>
            <numerusform>%1 · %n 件商品 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>What</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>商品或订单</translation>
    </message>
</context>
<context>
    <name>omni::ui::TrainCopyDialog</name>
    <message>
        <source>Train copy model</source>
        <translation>训练文案模型</translation>
    </message>
    <message>
        <source>Small (2 layers, width 128): quickest to train on a CPU</source>
        <translation>小型（2 层，宽度 128）：在 CPU 上训练最快</translation>
    </message>
    <message>
        <source>Standard (%1 layers, width %2): for a GPU or a long run</source>
        <translation>标准（%1 层，宽度 %2）：适合 GPU 或长时间训练</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>The model learns the shop&apos;s own voice from its product titles, descriptions, listing texts and reviews. It is saved beside the store and becomes the store&apos;s copy model.</source>
        <translation>模型从店铺自己的商品标题、描述、上架文案和评价中学习店铺的语言风格。模型保存在店铺文件旁，并成为店铺的文案模型。</translation>
    </message>
    <message>
        <source>Model size:</source>
        <translation>模型大小：</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>训练轮数：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>omni::ui::TrainDialog</name>
    <message>
        <source>Train a recommender</source>
        <translation>训练推荐模型</translation>
    </message>
    <message>
        <source>Automatic (CUDA when present)</source>
        <translation>自动（有 CUDA 时使用）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Sampled negatives</source>
        <translation>负采样</translation>
    </message>
    <message>
        <source>Full softmax</source>
        <translation>完整 softmax</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Epochs (at most):</source>
        <translation>最多训练轮数：</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <source>Transformer blocks:</source>
        <translation>Transformer 层数：</translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation>注意力头数：</translation>
    </message>
    <message>
        <source>Longest history:</source>
        <translation>最长历史长度：</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>损失函数：</translation>
    </message>
    <message>
        <source>Negatives per positive:</source>
        <translation>每个正样本的负样本数：</translation>
    </message>
    <message>
        <source>Neighbours per item:</source>
        <translation>每个商品的近邻数：</translation>
    </message>
    <message>
        <source>Similarity shrink:</source>
        <translation>相似度收缩：</translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Training holds back each customer&apos;s last two interactions to validate and test on, stops early when validation NDCG@10 stops improving, and saves the model beside the store.</source>
        <translation>训练时会留出每位客户最后两次交互用于验证和测试，验证集 NDCG@10 不再提升时提前停止，并把模型保存在店铺数据旁边。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Automatic (full softmax up to %L1 products)</source>
        <translation>自动（商品不超过 %L1 个时用完整 softmax）</translation>
    </message>
</context>
<context>
    <name>omni::ui::TrainingCurves</name>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Validation NDCG@10</source>
        <translation>验证集 NDCG@10</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>omni::ui::TurnInspector</name>
    <message>
        <source>Select one of the bot&apos;s replies to see why it answered that way: the intent it understood, the entities, the articles and store facts it used, and its hand-off decision.</source>
        <translation>选中机器人的一条回复，查看它为何这样回答：它理解的意图、识别的实体、使用的文章和店铺事实，以及是否转人工。</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Knowledge-base articles retrieved</source>
        <translation>检索到的知识库文章</translation>
    </message>
    <message>
        <source>Facts used from the store</source>
        <translation>使用的店铺事实</translation>
    </message>
    <message>
        <source>Reply and decision</source>
        <translation>回复与决定</translation>
    </message>
    <message>
        <source>Add as example…</source>
        <translation>添加为样例…</translation>
    </message>
    <message>
        <source>Label the customer&apos;s message with an intent and add it to the training examples.</source>
        <translation>为顾客的这条消息标注意图，并加入训练样例。</translation>
    </message>
    <message>
        <source>Edit answer…</source>
        <translation>编辑答案…</translation>
    </message>
    <message>
        <source>Edit the selected article&apos;s title and text (one step to undo).</source>
        <translation>编辑所选文章的标题和正文（可一步撤销）。</translation>
    </message>
    <message>
        <source>%1 — %2 confident</source>
        <translation>%1 — 置信度 %2</translation>
    </message>
    <message>
        <source>Customer wrote: “%1” (%2)</source>
        <translation>顾客写道：“%1”（%2）</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Entities (%1)</source>
        <translation>实体（%1）</translation>
    </message>
    <message>
        <source>Knowledge-base articles retrieved (%1)</source>
        <translation>检索到的知识库文章（%1）</translation>
    </message>
    <message>
        <source>Facts used from the store (%1)</source>
        <translation>使用的店铺事实（%1）</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Hand-off to a person: yes — %1</source>
        <translation>转人工：是 — %1</translation>
    </message>
    <message>
        <source>Hand-off to a person: no</source>
        <translation>转人工：否</translation>
    </message>
    <message>
        <source>Case summary for the agent:
%1</source>
        <translation>给客服人员的案情摘要：
%1</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>耗时：%1 毫秒</translation>
    </message>
</context>
<context>
    <name>omni::ui::TurnResultTableModel</name>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Suite: %1</source>
        <translation>测试套件：%1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>顾客输入</translation>
    </message>
    <message>
        <source>Expected intent</source>
        <translation>期望意图</translation>
    </message>
    <message>
        <source>Predicted intent</source>
        <translation>预测意图</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>失败项</translation>
    </message>
</context>
<context>
    <name>omni::ui::VisitFrequencyCard</name>
    <message>
        <source>Visit frequency</source>
        <translation>访问频次</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Active days in the range</source>
        <translation>期间活跃天数</translation>
    </message>
    <message>
        <source>Visit frequency: per active customer (at least one event on the filter&apos;s channels and categories in the range), the number of distinct shop days with activity in the range; a customer on the web and the app the same day is active on one day. Shop days are calendar days in the shop&apos;s time zone. The bars count customers by that number of days.</source>
        <translation>访问频次：每位活跃客户（期间内在筛选的渠道和品类上至少有一次事件）在期间内有活动的不同店铺日天数；同一天在网店和手机应用都活跃的客户只算一天。店铺日按店铺时区的日历日计算。柱子按天数统计客户数。</translation>
    </message>
</context>
<context>
    <name>omni::ui::WrongPredictionTableModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
</context>
</TS>
