// Old-school ASP.NET admin look: blue banner, grey panels, Tahoma 12px, bordered form tables.
export const CSS = `
body{margin:0;background:#e9edf2;font:12px Tahoma,Arial,sans-serif;color:#222}
a{color:#0b4a8b}
#header{background:linear-gradient(#1f5fa8,#0d3f7a);color:#fff;height:78px;position:relative;border-bottom:3px solid #f0b400}
#header .logo{position:absolute;left:18px;top:11px;width:54px;height:54px;border-radius:50%;background:radial-gradient(#f6d34a 0 28%,#d4001a 30% 100%);border:2px solid #f6d34a}
#header .titles{position:absolute;left:86px;top:14px}
#header .t1{font-size:12px;letter-spacing:1px;color:#ffe88a}
#header .t2{font-size:19px;font-weight:bold;margin-top:4px;text-shadow:1px 1px 0 #072c57}
#header .t3{font-size:11px;color:#cfe0f5;margin-top:3px}
#userbox{position:absolute;right:14px;top:12px;text-align:right;font-size:12px;line-height:19px}
#userbox a{color:#ffe88a}
#topmenu{background:#d9e3ee;border-bottom:1px solid #9fb3c8;padding:0 10px;height:28px;line-height:28px}
#topmenu a{display:inline-block;padding:0 12px;color:#0d3f7a;font-weight:bold;text-decoration:none;border-right:1px solid #b7c6d6}
#topmenu a:hover{background:#c3d3e4}
.breadcrumb{display:block;padding:6px 14px;color:#555;font-size:11px}
#content{margin:0 12px 12px;display:flex;gap:10px;align-items:flex-start}
#main{flex:1;background:#fff;border:1px solid #b9c4d0;min-height:360px}
.ptitle{background:#f1f3f5;border-bottom:1px solid #c9d1da;padding:7px 10px;font-weight:bold;font-size:13px;color:#0d3f7a;text-transform:uppercase}
.pbody{padding:10px 12px}
.side{width:230px;background:#f4f4f4;border:1px solid #b9c4d0}
.side .hd{background:#5b7fa6;color:#fff;font-weight:bold;padding:6px 8px}
#ctl00_C_BLCtl_CtlList{list-style:none;margin:0;padding:4px 0}
#ctl00_C_BLCtl_CtlList li{padding:5px 8px 5px 18px;border-bottom:1px dotted #ccc;position:relative}
#ctl00_C_BLCtl_CtlList li.cur{background:#fff3c4;font-weight:bold}
#ctl00_C_BLCtl_CtlList li.saved:before{content:"\\2714";color:#2a8a2a;position:absolute;left:5px}
.info{background:#f7f7f7;border:1px solid #d6d6d6;padding:6px 8px;margin-bottom:10px}
.info b{color:#0d3f7a}
fieldset.grp{border:1px solid #c3ccd6;margin:0 0 10px;padding:4px 8px 8px;background:#fbfbfb}
fieldset.grp legend{font-weight:bold;color:#0d3f7a;padding:0 4px}
table.form{border-collapse:collapse;width:100%}
table.form td{padding:4px 6px;vertical-align:middle}
td.lbl{width:300px;text-align:right;color:#333}
td.lbl.required label:after{content:" *";color:#d00}
.txt{border:1px solid #8ea2b7;padding:2px 3px;font:12px Tahoma,Arial;width:200px}
.txt.wide{width:380px}.txt.date{width:90px}.txt.money{width:160px;text-align:right}
.ddl{border:1px solid #8ea2b7;font:12px Tahoma,Arial;min-width:206px}
table.rbl td{padding:0 10px 0 0}
.btn{background:linear-gradient(#fdfdfd,#dcdcdc);border:1px solid #8a8a8a;padding:3px 12px;font:12px Tahoma,Arial;cursor:pointer;margin-right:4px}
.btn:hover{background:#e8eef6}
.aspNetDisabled{color:#999;cursor:default;background:#eee}
.btnbar{border-top:1px solid #d0d0d0;padding:8px 0 2px;margin-top:8px}
table.grid{border-collapse:collapse;width:100%;margin:4px 0 8px}
table.grid th{background:#5b7fa6;color:#fff;font-weight:bold;padding:4px;border:1px solid #4a6a8e}
table.grid td{border:1px solid #c3ccd6;padding:4px}
table.grid tr:nth-child(even) td{background:#f3f6fa}
table.grid td.c{text-align:center}
.vsum{border:1px solid #e2a0a0;background:#fff0f0;color:#c00;padding:6px 10px;margin-bottom:8px}
.vsum ul{margin:4px 0 0 18px;padding:0}
.msg{border:1px solid #9cc79c;background:#eef9ee;color:#1d6b1d;padding:6px 10px;margin-bottom:8px}
.err{border:1px solid #e2a0a0;background:#fff0f0;padding:20px;margin:20px}
.err h1{color:#c00;font-size:18px;margin:0 0 8px}
.login{width:360px;margin:40px auto;background:#fff;border:1px solid #b9c4d0}
.login table.form td.lbl{width:110px}
#footer{text-align:center;color:#666;font-size:11px;padding:8px 0 14px}
.result td.lbl{width:320px}.result td.val{font-weight:bold;font-size:13px;color:#0d3f7a}
.unit{color:#666}
.note{color:#666;font-style:italic;margin:2px 0 4px}
ul.fn{list-style:none;margin:0;padding:4px 0}ul.fn li{padding:5px 10px;border-bottom:1px dotted #ccc}
.ok{color:#2a8a2a;font-weight:bold}.no{color:#c00}
`;
