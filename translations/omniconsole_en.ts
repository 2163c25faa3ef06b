<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptCopyCommand</name>
    <message>
        <source>Accept generated copy into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivateModelCommand</name>
    <message>
        <source>Activate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyFixCommand</name>
    <message>
        <source>Fix %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the price of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the title of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the description of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditJobs</name>
    <message numerus="yes">
        <source>Consistency audit: %n finding(s)</source>
        <translation>
            <numerusform>Consistency audit: %n finding</numerusform>
            <numerusform>Consistency audit: %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTerms</name>
    <message>
        <source>Apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports and outdoors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blade length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyJobs</name>
    <message>
        <source>This store has no copy model yet. Train one with &quot;Train copy model…&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %n candidate(s) with %1: first token after %2 ms, %3 tokens/s</source>
        <translation>
            <numerusform>Generated %n candidate with %1: first token after %2 ms, %3 tokens/s</numerusform>
            <numerusform>Generated %n candidates with %1: first token after %2 ms, %3 tokens/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained the copy model: held-out perplexity %1 after %n epoch(s)</source>
        <translation>
            <numerusform>Trained the copy model: held-out perplexity %1 after %n epoch</numerusform>
            <numerusform>Trained the copy model: held-out perplexity %1 after %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n repeated text(s) dropped)</source>
        <translation>
            <numerusform>(%n repeated text dropped)</numerusform>
            <numerusform>(%n repeated texts dropped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogueLabels</name>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return / refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange / size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon / promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting / thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asked for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two unhelpful turns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementCards</name>
    <message>
        <source>Web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDecisionCommand</name>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityEvidence</name>
    <message>
        <source>The customer&apos;s only account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the customer&apos;s other accounts are linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty card %1 on both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone hash %1 on both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail hash %1 on both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 on both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 were imported under the same customer record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analyst merged %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analyst merged %1 with %2 (decision %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analyst merged %1 with %2 (decision %3): “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityJobs</name>
    <message>
        <source>Merge %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Split %n account(s) off %1</source>
        <translation>
            <numerusform>Split %n account off %1</numerusform>
            <numerusform>Split %n accounts off %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n account(s) moved, with %1 events, orders and reviews, in %2 s</source>
        <translation>
            <numerusform>Merged: %n account moved, with %1 events, orders and reviews, in %2 s</numerusform>
            <numerusform>Merged: %n accounts moved, with %1 events, orders and reviews, in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split off: %n account(s) now a customer of their own, with %1 events, orders and reviews, in %2 s</source>
        <translation>
            <numerusform>Split off: %n account now a customer of its own, with %1 events, orders and reviews, in %2 s</numerusform>
            <numerusform>Split off: %n accounts now a customer of their own, with %1 events, orders and reviews, in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) back where they were, in %1 s</source>
        <translation>
            <numerusform>Undone: %n account back where it was, in %1 s</numerusform>
            <numerusform>Undone: %n accounts back where they were, in %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHelp</name>
    <message>
        <source>Line layout: user item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times: Unix seconds or ISO 8601 UTC, e.g. 2026-03-01T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per account on a channel. Rows with the same customer_key are one customer; without it, each account becomes a customer of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New products only: a SKU already in the store is an error. Attributes come as attr_&lt;name&gt; columns in CSV, or as an &quot;attributes&quot; object in JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds or replaces the listing of an existing product on a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type is one of view, click, search, add_to_cart, purchase, review. An account the store does not know yet becomes a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per order item; rows with the same order_key form one order. The order total is the sum of quantity × unit_price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MovieLens ratings.csv: users become customers and movies become products (titles from a movies.csv beside the file, if there is one); each rating becomes a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not CSV: one &quot;user item&quot; pair per line, separated by white space, oldest first. Each line becomes a purchase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntentExampleCommand</name>
    <message>
        <source>Add example “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove example “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit example “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStage</name>
    <message>
        <source>Opening the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating daily activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training on all interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validating epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the shop&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the copy corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training the tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training the language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring held-out perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the intent model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrating the intent model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running test cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running test cases on every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-validation fold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating engagement aggregates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbEditCommand</name>
    <message>
        <source>Edit article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelJobs</name>
    <message>
        <source>Trained %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDCG@10 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR@10 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall@10 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is no longer in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scored %n customer(s) with %1: %2 recommendations stored in %3 s</source>
        <translation>
            <numerusform>Scored %n customer with %1: %2 recommendations stored in %3 s</numerusform>
            <numerusform>Scored %n customers with %1: %2 recommendations stored in %3 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Open the store at PATH (created with a sample shop when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the sample shop generated for a new store: tiny or demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the page&apos;s data is loaded, save the window to FILE.png and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show: products, customers, support, engagement or models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sample size &apos;%1&apos; (use tiny or demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (use en or zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos; (use products, customers, support, engagement or models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page only applies together with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OmniConsole: an offline omnichannel console for e-commerce merchants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show the Products page&apos;s Copy writer and generate copy for the first product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy-writer only applies together with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show the Products page&apos;s Consistency audit and run it before the grab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audit only applies together with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show the Support page&apos;s Simulator and play a short conversation before the grab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--support-simulator only applies together with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreJobs</name>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample shop ready: %1 customers, %2 products, %3 events in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 rows read, %3 rows added in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteJobs</name>
    <message>
        <source>The bot is not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suites: %1 of %2 case(s) passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no labelled intent examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation (%1 folds): accuracy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Channel consistency: %n difference(s)</source>
        <translation>
            <numerusform>Channel consistency: %n difference</numerusform>
            <numerusform>Channel consistency: %n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportJobs</name>
    <message>
        <source>Intent model trained on %1 examples in %2 s (training accuracy %3 %).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::AbComparisonPanel</name>
    <message>
        <source>Recommendations from model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate (share of active customers who ordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-7 retention (share active again 7 or more days after their first visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per active customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active days per active customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store with customer activity to compare groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few customers to tell: group A has %1 and group B %2, at least %3 each are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few customers to tell: group %1 has %2, at least %3 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few outcomes to tell: each group needs at least %1 customers who did and %1 who did not (A: %2 of %3, B: %4 of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % CI %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear difference: B − A is %1 (%2); not significant, p %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B converts %1 better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B converts %1 worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B retains %1 more customers at day 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B retains %1 fewer customers at day 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s customers place %1 more orders each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s customers place %1 fewer orders each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s orders are worth %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s orders are worth %1 less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s customers are active on %1 more days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s customers are active on %1 fewer days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2); significant, p %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch t-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1, df = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B − A
(95 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the two groups on the metric, for the page&apos;s date range, channels and categories: the difference B − A with its 95 % confidence interval and a significance test (two-proportion z-test for shares, Welch&apos;s t-test for means). At least %1 customers per group are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%), difference (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference B − A with 95 % CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (%1): %2 of %3 customers
B (%4): %5 of %6 customers
B − A = %7, 95 % CI %8 to %9
%10, %11, p %12</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::AboutDialog</name>
    <message>
        <source>About OmniConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0) for charts&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause) for on-device inference&lt;/li&gt;&lt;li&gt;SQLite (public domain) for the local store&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;OmniConsole %1&lt;/h2&gt;&lt;p&gt;An offline omnichannel console for e-commerce merchants: one view of your customers, products and engagement across web shop, app, mini-program, physical store and social channels.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers and stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily active customers (DAU): customers with at least one event on that shop day (in the shop&apos;s time zone). Weekly (WAU) and monthly (MAU): active at least once in the 7 or 30 days ending that day. Stickiness = DAU / MAU: the share of the month&apos;s customers who come on a given day; the mean is mean DAU / mean MAU over the range. Drag or scroll along the dates to pan and zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily (DAU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly (WAU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly (MAU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAU/MAU (mean %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ActiveDaysCard</name>
    <message>
        <source>%1
%2 (%3 of all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active days per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every whole calendar week (Monday to Sunday) in the range and every customer active in it: on how many of its 7 days the customer was active. A bar counts customer-weeks, so one customer adds to one bar per week. Bars to the right mean habitual use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days active in the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active days per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every whole calendar month in the range and every customer active in it: on how many of its days the customer was active. A bar counts customer-months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days active in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on %1 of the week&apos;s 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on %1 days of the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::AttributeEditModel</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::AttributeTableModel</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::AuditPanel</name>
    <message>
        <source>Consistency audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the audit to compare every listing with its product record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the listing status on channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the stock on channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the product&apos;s title to channels (in each channel&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the product&apos;s price to channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the product&apos;s description to channels (in each channel&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (on sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each listing takes the product&apos;s own value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected product(s)</source>
        <translation>
            <numerusform>The %Ln selected product</numerusform>
            <numerusform>The %Ln selected products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln product(s) matching the filter</source>
        <translation>
            <numerusform>The %Ln product matching the filter</numerusform>
            <numerusform>All %Ln products matching the filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ChannelConsistencyCard</name>
    <message>
        <source>conversion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel activity in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels are consistent: no gap stands out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on %3 but %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gaps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel consistency, per channel: conversion = buyers / active customers on the channel (buyers: its active customers with a counted order on it in the range); price index = mean of listing price / product list price over its active listings (1 = list price; current prices); rating = mean review rating of reviews written on it in the range; bot resolution = share of bot test turns resolved (neither handed off nor failed) when a test-suite run per channel is given. Score (0–100) = 100 × the mean, over the measures the channel has, of its closeness to the best: conversion, rating and bot resolution as value / the best channel&apos;s value, price as max(0, 1 − |index − 1|). Largest gaps: per measure, the best and the worst channel and their relative difference |best − worst| / |best|, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ChannelDifferenceTableModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ChannelMixCard</name>
    <message>
        <source>Channel mix over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel mix: per calendar week (Monday first) or month overlapping the range, the number of distinct customers active on each channel in the part of that period inside the range. A customer on two channels counts once for each, so a period&apos;s bars may add up to more than its active customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ChartCard</name>
    <message>
        <source>MMM d
yyyy</source>
        <comment>date axis: month and day, the year below</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image %1: the folder is missing or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF %1: the folder is missing or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and arrange this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ChatTranscriptModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot is answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot · %1 %2 % · %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off to a person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select to see why the bot answered this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message tried to change the bot&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order number is not this customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for another customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ConfidenceHistogram</name>
    <message>
        <source>Confidence of the predicted intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong intent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ConfusionHeatmap</name>
    <message>
        <source>Predicted intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected intent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::CopyCandidateTableModel</name>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The fact checker found %n unsupported claim(s); this candidate cannot be accepted.</source>
        <translation>
            <numerusform>The fact checker found %n unsupported claim; this candidate cannot be accepted.</numerusform>
            <numerusform>The fact checker found %n unsupported claims; this candidate cannot be accepted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean log-probability per token under the model (closer to 0 reads more fluently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the planned facts this candidate states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::CopyWriterPanel</name>
    <message>
        <source>Copy writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPT-2 model folder (model.safetensors, vocab.json, merges.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store&apos;s copy model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store&apos;s copy model (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPT-2 folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a GPT-2 model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product title (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product description (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listing title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listing description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing candidate %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated in this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned but not stated in this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate copy and select a candidate to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This candidate makes %n unsupported claim(s) (%1) and cannot be accepted.</source>
        <translation>
            <numerusform>This candidate makes %n unsupported claim (%1) and cannot be accepted.</numerusform>
            <numerusform>This candidate makes %n unsupported claims (%1) and cannot be accepted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where the copy goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These candidates were written for another product; generate again for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy accepted into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2 · held-out perplexity %3 · %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the copy model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cancelled; the store keeps its previous copy model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on the store&apos;s titles, descriptions, listings and reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this candidate into the chosen field (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 always takes the most likely token; higher values write more freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample only among the k most likely tokens (0: no limit; 1: greedy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample only among the most likely tokens that together reach this probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above 1 makes the model less likely to repeat itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and settings write the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train copy model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the store&apos;s own copy model on its product texts and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy model training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no copy model yet. The copy writer learns the shop&apos;s own voice from its product titles, descriptions, listing texts and reviews: train a copy model once (a few minutes on this computer), then generate copy for any product. You can also use a GPT-2 model folder of your own (Model → Use a GPT-2 model folder…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push / app title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-program card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social post with hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-store shelf card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing for %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product on the Catalog tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · first token after %2 ms · %3 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating… (Cancel stops after the current token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the copy model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the copy accepted into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::CustomerTableModel</name>
    <message>
        <source>Customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no customers in this store yet.
Import customers or events with File → Import….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer by id, key, account, name, e-mail or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile across channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are all the accounts of %1. Keep at least one account with the customer: choose only the accounts that belong to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These accounts of %1 become a customer of their own, and no automatic rule joins them again:
%2

Why (kept with the decision):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::DeviceProbe</name>
    <message>
        <source>CUDA · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>LibTorch %1, %n CPU thread(s)</source>
        <translation>
            <numerusform>LibTorch %1, %n CPU thread</numerusform>
            <numerusform>LibTorch %1, %n CPU threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CUDA device(s) available</source>
        <translation>
            <numerusform>%n CUDA device available</numerusform>
            <numerusform>%n CUDA devices available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omni::ui::DialogueSimulator</name>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona with no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot is answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest (no history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations saved from the Support page&apos;s simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a test case in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as test case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suites (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every turn expects what the bot did now: the intent, the entities, hand-off and refusal, and the facts used. An existing suite file gets the case appended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, customer key or city to find a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as the customer, e.g. “Where is my order?” or “我的订单到哪了？”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as test case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append this conversation, with what the bot did as its expectations, to a suite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this conversation&apos;s messages again with the current bot (after a retrain or an edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated time: delivery estimates and return windows are computed from it (the store&apos;s newest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to talk to its bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the intent model on the store&apos;s examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no intent model yet. Train one on its labelled examples (a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intent model cannot be read: %1
Retrain to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intent examples changed since the model was trained. Retrain to let the bot learn them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::DistributionCard</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1 · mean %2 · median %3 · 90th percentile %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::DwellTimeCard</name>
    <message>
        <source>Dwell time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dwell time per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dwell time: per session starting in the range (shop day of its first event) on the filter&apos;s channels, the sum of the dwell time its events recorded, in seconds. The bars count sessions by total dwell time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::EngagementDashboard</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every chart back in its first place and show the hidden ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a chart by its title to move it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::EngagementFilterBar</name>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First came on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop days in the shop&apos;s time zone; the presets count back from the last day with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::EngagementPage</name>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer activity has been recorded in this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: on average %3 active customers a day, peaking at %4 on %5; %6 purchases in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness (mean DAU / mean MAU): %1. Computed in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::EntityTableModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::EventTableModel</name>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s on page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ExportDialog</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer accounts (identities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::FactCheckTextView</name>
    <message>
        <source>brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selling point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported %1: &quot;%2&quot; matches the product&apos;s attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::FactTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not returnable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::FindingTableModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed at %1, but the product record says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title states the %1 “%2”, but the product record says nothing about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description states the %1 “%2”, but the product record says nothing about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title states the %1 “%2”, but the product record says “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description states the %1 “%2”, but the product record says “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed on this channel, which sells other %1 products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed on this channel, which sells %1 of the %2 other %3 products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out after selling %1 in the last %2 days, while other channels hold %3 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out, while other channels hold %1 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 units in stock, while the product is on sale on other channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock count %1 is below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::FunnelCard</name>
    <message>
        <source>%1
%2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 customers
%3 drop off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the funnel&apos;s viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 viewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel view → click → add to cart → purchase, steps in any order within the range: a customer reaches step k when they have at least one event of each of steps 1..k in the range (on the funnel&apos;s channel for a per-channel funnel), whatever the order of those events; the funnel starts with a view. Conversion from previous = customers / customers of the previous step; drop-off = 1 − conversion from previous. Bars: conversion from start (share of the funnel&apos;s viewers), labelled with the conversion from the previous step; the legend gives each funnel&apos;s viewers. The shop funnel comes first, then one per channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::IdentityMergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other customer by id, key, account, name, e-mail or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are one person (kept with the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, %n account(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, %n account</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a customer in the search results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is this customer: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no accounts to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the merge, every account above is one customer. Undo with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::IdentityTableModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ImportDialog</name>
    <message>
        <source>Customers (one row per account on a channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products (catalog with attributes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings (products on each channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (views, clicks, searches, purchases…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (one row per order item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MovieLens ratings (ratings.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User–item sequence (&quot;user item&quot; per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.jsonl *.ndjson *.dat *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by file extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected data:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentExampleDialog</name>
    <message>
        <source>Add intent example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit intent example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentExampleTableModel</name>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentExamplesEditor</name>
    <message>
        <source>All intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search example text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the intent model on these examples and let the bot use it (a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentMetricsTableModel</name>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Predicted %n time(s)</source>
        <translation>
            <numerusform>Predicted %n time</numerusform>
            <numerusform>Predicted %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omni::ui::IntentMetricsView</name>
    <message>
        <source>Per intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::JobProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::JobRunner</name>
    <message>
        <source>The job stopped with an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::JourneysCard</name>
    <message>
        <source>Journeys: first touch to purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-channel journeys: for each active customer, first touch (rows) = the channel of their first activity in the range (on the first active day: the channel of their earliest session that day, else the first channel in the shop&apos;s channel order); purchase channel (columns) = the channel of their first counted order on or after that day in the range. Customers without such an order are in no cell. The diagonal holds those who bought where they started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::KbArticleDialog</name>
    <message>
        <source>Add knowledge-base article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit knowledge-base article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a title and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the article&apos;s topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an article on this topic in this language: edit that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::KbArticleTableModel</name>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::KbEditor</name>
    <message>
        <source>Search topics, titles and article text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (the bot quotes the line that best matches the customer&apos;s question):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved edits can be undone (Edit → Undo); the bot answers from them at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::LatencyChart</name>
    <message>
        <source>Turn latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::LifecycleCard</name>
    <message>
        <source>Month of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
New: %2
Returning: %3
Resurrecting: %4
Dormant: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week or month: new = first activity ever; returning = active in this and the previous period; resurrecting = active now, not in the previous period but some time before; dormant = active in the previous period, not in this one (drawn below zero). Growth needs the bars above zero to outweigh the dormant ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resurrecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ListingTableModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inference device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA &amp;GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OmniConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::MainWindow</name>
    <message>
        <source>OmniConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — OmniConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sample shop…

The first start writes a realistic demo shop (customers, products and a million events) into a local store. Its progress is shown at the bottom right, where you can also cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sample shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OmniConsole stores (*.omni);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ModelRecordTableModel</name>
    <message>
        <source>Popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item k-NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPR matrix factorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASRec sequence model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy language model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ModelResultsTableModel</name>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test figures, full ranking over the whole catalogue (time-ordered leave-one-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDCG@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage@10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a recommender on this store&apos;s interactions and keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the evaluation protocol for a model kind without keeping the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected model for its kind&apos;s recommendations (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and validation NDCG@10 per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained models yet.

Recommendation, language and intent models you train for this store will be listed here with their version, training date and evaluation metrics, and you will choose here which one is in use.

Use Train… to train a recommender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trained %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best validation at epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test NDCG@10 %1, HR@10 %2 (full ranking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use for recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training curve is stored for this model (it was trained by an older version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and validation NDCG@10 per epoch: %1, trained %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store every customer&apos;s top 20 from the selected model, with reasons, for export and other tools (replaces that model&apos;s earlier scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring every customer with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring cancelled: the stored scores are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::MultiChannelCard</name>
    <message>
        <source>No active customers in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of active customers used two or more channels (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers on several channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers on two or more channels: among the active customers of the range, how many were active on exactly 1, 2, 3... channels (the bars); multi-channel share = customers on 2 or more channels / active customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::NewStoreDialog</name>
    <message>
        <source>This file already exists; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OmniConsole stores (*.omni);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: I will import my own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small sample shop (about 300 customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sample shop (about 20,000 customers, 1 million events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::PageStateView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::PathField</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ProductEditor</name>
    <message>
        <source>Active (on sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products need the attribute “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products need one of the attributes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; at most %2 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; %2 allows at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown listing status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the product and its listings to the store in one step (undo with Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is not listed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create listing from the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the listing with the product&apos;s title and description in the channel&apos;s language and its price, as a draft. Save writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes; %Ln problem(s) to fix before saving</source>
        <translation>
            <numerusform>Unsaved changes; %Ln problem to fix before saving</numerusform>
            <numerusform>Unsaved changes; %Ln problems to fix before saving</numerusform>
        </translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ProductFilterBar</name>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed (any status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SKU, title, brand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must occur in the SKU, the English or Chinese title or the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ProductTableModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no products in this store yet.
Import a catalog with File → Import….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a field or copy the product&apos;s values to channels, for the selected products or every product matching the filter. One step to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected products with their listings to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before showing another product?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 have problems and were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: no store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the product is back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the products already have that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit of %Ln product(s)</source>
        <translation>
            <numerusform>Bulk edit of %Ln product</numerusform>
            <numerusform>Bulk edit of %Ln products</numerusform>
        </translation>
    </message>
    <message>
        <source>Export selected products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) written to %1</source>
        <translation>
            <numerusform>%Ln product written to %1</numerusform>
            <numerusform>%Ln products written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) changed</source>
        <translation>
            <numerusform>%Ln product changed</numerusform>
            <numerusform>%Ln products changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omni::ui::ProfileAccountTableModel</name>
    <message>
        <source>not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first account of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by: an analyst&apos;s merge with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by: same loyalty card as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by: same hashed phone as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by: same hashed e-mail as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by: same device as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked by: same customer record in the shop&apos;s data as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::ProfilePanel</name>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect (no order yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid-range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night (0–6 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning (6–12 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon (12–18 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening (18–24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to see their profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — R %2 · F %3 · M %4 (%5 days since last order, %6 orders, %7 spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n order(s)</source>
        <translation>
            <numerusform>%1 over %n order</numerusform>
            <numerusform>%1 over %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Price band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (picks at the %2 percentile of a category&apos;s prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 channel(s)</source>
        <translation>
            <numerusform>%n account on %1 channel(s)</numerusform>
            <numerusform>%n accounts on %1 channel(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to see the evidence stored with its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected accounts a customer of their own (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join this customer with another one found by search (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::PurchaseGapCard</name>
    <message>
        <source>Time between purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the previous order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between purchases: for each customer, the shop days between consecutive counted orders in the range (on the filter&apos;s channels); two orders the same day give 0. Cancelled orders are never counted. The bars count these intervals by length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::PurchasesCard</name>
    <message>
        <source>No orders in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-purchase rate %1 (%2 of %3 buyers) · orders %4 · GMV %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GMV %2, orders %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases, order value and GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers: customers with at least one counted order in the range; repeat buyers: of them, those with two or more. Repeat-purchase rate = repeat buyers / buyers. Order value: the distribution of counted order totals. GMV per day and orders per day: the sum of counted order totals and their number on each shop day of the range (days without orders are zeros). Cancelled orders are never counted; shop days are calendar days in the shop&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::RecommendationTableModel</name>
    <message>
        <source>champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyal customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hibernating customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular with all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular among %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often chosen together with this customer&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often chosen together with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows this customer&apos;s recent steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows on from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches this customer&apos;s taste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches a taste shown by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product like what this customer looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product similar to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omni::ui::RecommendationsPanel</name>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, trained %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommender is trained for this store yet. Train one on the Models page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Including %n hypothetical interaction(s).</source>
        <translation>
            <numerusform>Including %n hypothetical interaction.</numerusform>
            <numerusform>Including %n hypothetical interactions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if they…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product to add to this customer&apos;s history, hypothetically (no retraining)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::RetentionCurveCard</name>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since the cohort started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since the cohort started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 retained
(cohorts that reach it: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each period k since the cohort started: the customers retained in period k summed over every cohort that has reached period k, divided by those cohorts&apos; sizes (the same counting rules as the heat map); periods the data ends inside are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::RetentionHeatmapCard</name>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention by cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on period k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On or after period k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Return on&quot;: active in exactly that period. &quot;On or after&quot;: active in it or any later one (unbounded retention, never rising).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods since the cohort started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort (customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort of %1 (%2 customers)
%3: %4 retained (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Incomplete: the data ends inside this period, so the rate reads low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a cohort: the customers whose first activity ever (first-time) or any activity (recurring) fell in that week or month; its size is in brackets. Cell k: the share of the cohort active in period k after (&quot;return on&quot;), or in period k or any later one (&quot;on or after&quot;). Period 0 is the cohort period itself, 100% by definition. Empty cells: the range does not reach that period yet. An asterisk marks a period the data ends inside: its rate counts only the days seen so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::RetrievedArticleTableModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BM25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::SearchField</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::SearchHitTableModel</name>
    <message>
        <source>customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (merged customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::SessionLengthCard</name>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length: per session starting in the range (shop day of its first event) on the filter&apos;s channels, the seconds from its first to its last event; a one-event session is 0 s. The bars count sessions by length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::StorePage</name>
    <message>
        <source>No store is open. Use File → Open store… or File → New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::StoreStatusWidget</name>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers · %2 products · %3 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::SuiteRunnerPanel</name>
    <message>
        <source>reply contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply does not contain “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply matches /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suites, check the ones to run and press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped with OmniConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n default suite(s).</source>
        <translation>
            <numerusform>Added %n default suite.</numerusform>
            <numerusform>Added %n default suites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the suite “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the suite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from Botium conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” into the suite “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open test suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suites (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Botium conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botium conversations (*.convo.txt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the conversation to the suite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suites (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suites run once the window is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to run test suites against its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot is loading; Run is available once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test-suite job is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one suite to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the results shown are from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running test suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n case(s)…</source>
        <translation>
            <numerusform>Running %n case…</numerusform>
            <numerusform>Running %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cross-validating the intent model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validating with %1 folds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking channel consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the suites on every channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · turn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a turn to see the reply, what failed and the facts used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every expectation was met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to cross-validate its intent examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open suite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Botium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked suites are run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every case on this channel, or each on the channel it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JUnit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case · turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1 passed, %2 failed · Turns: %3 passed, %4 failed · Intent accuracy %5 · macro-F1 %6 · Latency p50 %7 ms, p95 %8 ms, p99 %9 ms · %10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 examples, %2 folds: accuracy %3 · macro-F1 %4 · %n wrong · %5 s</source>
        <translation>
            <numerusform>%1 examples, %2 folds: accuracy %3 · macro-F1 %4 · %n wrong · %5 s</numerusform>
            <numerusform>%1 examples, %2 folds: accuracy %3 · macro-F1 %4 · %n wrong · %5 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Trains the intent model k times on the store&apos;s labelled examples, each time holding one fold out, and scores every example by the model that did not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No differences across %n channel(s).</source>
        <translation>
            <numerusform>No differences across %n channel.</numerusform>
            <numerusform>No differences across %n channels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) in the facts used across %1 channels (%2 turns compared).</source>
        <translation>
            <numerusform>%n difference in the facts used across %1 channels (%2 turns compared).</numerusform>
            <numerusform>%n differences in the facts used across %1 channels (%2 turns compared).</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs the checked suites on every channel and lists the facts that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validating: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking channels: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a wrong prediction to see its turn on the Results tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::SupportPage</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the intent model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 examples, %2 added in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has not learnt the latest changes: retrain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::TimelineTableModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s) · %2</source>
        <translation>
            <numerusform>%1 · %n item · %2</numerusform>
            <numerusform>%1 · %n items · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::TrainCopyDialog</name>
    <message>
        <source>Train copy model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model learns the shop&apos;s own voice from its product titles, descriptions, listing texts and reviews. It is saved beside the store and becomes the store&apos;s copy model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small (2 layers, width 128): quickest to train on a CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (%1 layers, width %2): for a GPU or a long run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::TrainDialog</name>
    <message>
        <source>Train a recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (CUDA when present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs (at most):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer blocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negatives per positive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours per item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity shrink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training holds back each customer&apos;s last two interactions to validate and test on, stops early when validation NDCG@10 stops improving, and saves the model beside the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (full softmax up to %L1 products)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::TrainingCurves</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation NDCG@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::TurnInspector</name>
    <message>
        <source>Select one of the bot&apos;s replies to see why it answered that way: the intent it understood, the entities, the articles and store facts it used, and its hand-off decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base articles retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts used from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the customer&apos;s message with an intent and add it to the training examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected article&apos;s title and text (one step to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer wrote: “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base articles retrieved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts used from the store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off to a person: yes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off to a person: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary for the agent:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::TurnResultTableModel</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::VisitFrequencyCard</name>
    <message>
        <source>Visit frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active days in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit frequency: per active customer (at least one event on the filter&apos;s channels and categories in the range), the number of distinct shop days with activity in the range; a customer on the web and the app the same day is active on one day. Shop days are calendar days in the shop&apos;s time zone. The bars count customers by that number of days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omni::ui::WrongPredictionTableModel</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
