// The ribbon button uses ShowTaskpane, which needs no function here. The page must still initialize
// Office.js so that Excel considers the function file loaded; ExecuteFunction handlers would go here.

Office.onReady(() => undefined);
