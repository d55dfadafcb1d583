<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssistanceBar</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="75"/>
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n more waiting</numerusform>
            <numerusform>%n more waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHtml</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer/html.py" line="112"/>
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n return</numerusform>
            <numerusform>%n returns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer/html.py" line="140"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer/html.py" line="165"/>
        <source>in %n other store(s)</source>
        <translation>
            <numerusform>in %n other store</numerusform>
            <numerusform>in %n other stores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer/html.py" line="199"/>
        <source>viewed %n time(s)</source>
        <translation>
            <numerusform>viewed %n time</numerusform>
            <numerusform>viewed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="274"/>
        <source>My cart (%n item(s))</source>
        <translation>
            <numerusform>My cart (%n item)</numerusform>
            <numerusform>My cart (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="423"/>
        <source>Order %1 (%n item(s)): the desk knows you are here and is bringing it.</source>
        <translation>
            <numerusform>Order %1 (%n item): the desk knows you are here and is bringing it.</numerusform>
            <numerusform>Order %1 (%n items): the desk knows you are here and is bringing it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="426"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform>
            <numerusform>Estimated wait: about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="429"/>
        <source>%n customer(s) ahead of you.</source>
        <translation>
            <numerusform>%n customer ahead of you.</numerusform>
            <numerusform>%n customers ahead of you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="500"/>
        <source>Up to %n can come back</source>
        <translation>
            <numerusform>Up to %n can come back</numerusform>
            <numerusform>Up to %n can come back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/main_window.py" line="231"/>
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/main_window.py" line="263"/>
        <source>The tablet now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>The tablet now locks after %n minute without use.</numerusform>
            <numerusform>The tablet now locks after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="60"/>
        <source>This pickup code matches no order here. %n attempt(s) left before the code entry locks.</source>
        <translation>
            <numerusform>This pickup code matches no order here. %n attempt left before the code entry locks.</numerusform>
            <numerusform>This pickup code matches no order here. %n attempts left before the code entry locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="67"/>
        <source>Line %6: at most %n item(s).</source>
        <translation>
            <numerusform>Line %6: at most %n item.</numerusform>
            <numerusform>Line %6: at most %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="85"/>
        <source>%8: at most %n unit(s) can come back (the rest was already returned or refunded).</source>
        <translation>
            <numerusform>%8: at most %n unit can come back (the rest was already returned or refunded).</numerusform>
            <numerusform>%8: at most %n units can come back (the rest was already returned or refunded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="115"/>
        <source>%8 has already made %n return(s) without receipt this year, the most the policy allows.</source>
        <translation>
            <numerusform>%8 has already made %n return without receipt this year, the most the policy allows.</numerusform>
            <numerusform>%8 has already made %n returns without receipt this year, the most the policy allows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="136"/>
        <source>Wrong staff number or PIN. %n attempt(s) left before this number is locked.</source>
        <translation>
            <numerusform>Wrong staff number or PIN. %n attempt left before this number is locked.</numerusform>
            <numerusform>Wrong staff number or PIN. %n attempts left before this number is locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoReceiptBox</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="74"/>
        <source>Without receipt: %n return(s) already this year, the most the policy allows is %1.</source>
        <translation>
            <numerusform>Without receipt: %n return already this year, the most the policy allows is %1.</numerusform>
            <numerusform>Without receipt: %n returns already this year, the most the policy allows is %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="63"/>
        <source>Late · %n d</source>
        <translation>
            <numerusform>Late · %n d</numerusform>
            <numerusform>Late · %n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovedPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/enrol/removed_page.py" line="24"/>
        <source>Its local copy of the store&apos;s data was erased, with %n event(s) not sent to the central system.</source>
        <translation>
            <numerusform>Its local copy of the store&apos;s data was erased, with %n event not sent to the central system.</numerusform>
            <numerusform>Its local copy of the store&apos;s data was erased, with %n events not sent to the central system.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/returns/return_panel.py" line="432"/>
        <source>%n loyalty point(s) taken back</source>
        <translation>
            <numerusform>%n loyalty point taken back</numerusform>
            <numerusform>%n loyalty points taken back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnReceiptDialog</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="68"/>
        <source>%n loyalty point(s) taken back.</source>
        <translation>
            <numerusform>%n loyalty point taken back.</numerusform>
            <numerusform>%n loyalty points taken back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/scan_router.py" line="158"/>
        <source>in %n other store(s)</source>
        <translation>
            <numerusform>in %n other store</numerusform>
            <numerusform>in %n other stores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/status_bar.py" line="45"/>
        <source>%Ln event(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln event waiting to be sent</numerusform>
            <numerusform>%Ln events waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/status_bar.py" line="56"/>
        <source>⚠ %n to look at on the Sync page</source>
        <translation>
            <numerusform>⚠ %n to look at on the Sync page</numerusform>
            <numerusform>⚠ %n to look at on the Sync page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="50"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="52"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="53"/>
        <source>in %n d</source>
        <translation>
            <numerusform>in %n d</numerusform>
            <numerusform>in %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="57"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="59"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="60"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
</TS>
