// Starts GraphiQL on this server's GraphQL endpoint (the page's own path),
// with an example query. Written for this project; GraphiQL, React and
// ReactDOM are the vendored UMD builds (see VENDOR.md).
(function () {
  'use strict';
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  var defaultQuery = [
    '# Try: the bilateral summary of Kazakhstan and China',
    '{',
    '  relation(a: "KAZ", b: "CHN") {',
    '    partnership { level lastSeen }',
    '    trade { year valueUsd sources { sentence } }',
    '    events(first: 5) { nodes { date kind summary } }',
    '  }',
    '}',
    ''
  ].join('\n');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
