<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="96" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="97" />
        <source>Scan the customer's store pass or loyalty card, or search by name, email, phone or card number.</source>
        <translation>Scannez le pass magasin ou la carte de fidélité du client, ou cherchez par nom, e-mail, téléphone ou n° de carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="104" />
        <source>Name, email, phone or card number</source>
        <translation>Nom, e-mail, téléphone ou n° de carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="105" />
        <source>Search customers</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="116" />
        <location filename="../../kiosk/ui/pages.py" line="188" />
        <source>No customer open.</source>
        <translation>Aucun client ouvert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="150" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="150" />
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="151" />
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="156" />
        <source>Loyalty:</source>
        <translation>Fidélité :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages.py" line="157" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="163" />
        <source>Vouchers and credit notes:</source>
        <translation>Bons d'achat et avoirs :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="170" />
        <source>Online cart</source>
        <translation>Panier en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="177" />
        <source>Recently viewed online</source>
        <translation>Vus récemment en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="181" />
        <source>Online browsing hidden: the customer has not agreed to personalisation.</source>
        <translation>Navigation en ligne masquée : le client n'a pas accepté la personnalisation.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="119" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="119" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="119" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="49" />
        <source>Store app</source>
        <translation>Application magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="75" />
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="84" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="85" />
        <source>Pickup</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="86" />
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="87" />
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="165" />
        <source>still to be prepared</source>
        <translation>encore à préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="166" />
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="167" />
        <source>already checked in</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="168" />
        <source>already collected</source>
        <translation>déjà retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="169" />
        <source>returned to stock</source>
        <translation>remise en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="170" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="173" />
        <source>This customer is not in the store's copy yet.</source>
        <translation>Ce client n'est pas encore dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="174" />
        <source>This order is not in the store's copy.</source>
        <translation>Cette commande n'est pas dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="175" />
        <source>Order %1 cannot be checked in: it is %2.</source>
        <translation>La commande %1 ne peut pas être enregistrée : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="179" />
        <source>The action was refused.</source>
        <translation>L'action a été refusée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="181" />
        <source>Something went wrong and nothing was recorded. Please try again; if it happens again, call support.</source>
        <translation>Un problème est survenu et rien n'a été enregistré. Réessayez ; si cela se reproduit, appelez le support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="189" />
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="191" />
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="193" />
        <source>● Offline: working from the local copy</source>
        <translation>● Hors ligne : travail sur la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="202" />
        <source>%1 event(s) waiting to be sent</source>
        <translation>%1 événement(s) en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="204" />
        <source>Last sync: %1</source>
        <translation>Dernière synchro : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="208" />
        <source>⚠ %1 to look at on the Sync page</source>
        <translation>⚠ %1 à examiner sur la page Synchro</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="200" />
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="214" />
        <source>Order number or customer name</source>
        <translation>N° de commande ou nom du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="215" />
        <source>Search orders</source>
        <translation>Rechercher une commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="228" />
        <source>Customer is here</source>
        <translation>Le client est là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="285" />
        <source>Order %1 checked in: bring it to the desk.</source>
        <translation>Commande %1 : client enregistré, apportez-la au comptoir.</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="81" />
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="82" />
        <location filename="../../kiosk/ui/models.py" line="91" />
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="83" />
        <source>Customer waiting</source>
        <translation>Client en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="84" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="85" />
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="86" />
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="91" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="91" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="91" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="92" />
        <source>Pickup by</source>
        <translation>À retirer avant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="92" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="92" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="108" />
        <source>%1 · pending sync</source>
        <translation>%1 · en attente de synchro</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="297" />
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="299" />
        <source>The returns desk is coming in a next version: receipt or order lookup, the return policy window, reasons and condition, refund to the original payment or as store credit, and a return receipt.</source>
        <translation>Le comptoir des retours arrive dans une prochaine version : recherche par ticket ou commande, délai de retour, motifs et état, remboursement sur le moyen de paiement d'origine ou en avoir, et ticket de retour.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="314" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="322" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="323" />
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="324" />
        <source>Last successful upload</source>
        <translation>Dernier envoi réussi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="325" />
        <source>Last successful download</source>
        <translation>Dernière réception réussie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="326" />
        <source>Events waiting to be sent</source>
        <translation>Événements en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="327" />
        <source>Oldest waiting event</source>
        <translation>Plus ancien événement en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="328" />
        <source>Events confirmed by the server</source>
        <translation>Événements confirmés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="329" />
        <source>Refused or in conflict</source>
        <translation>Refusés ou en conflit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="330" />
        <source>Orders in the local copy</source>
        <translation>Commandes dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="331" />
        <source>Click &amp; collect orders for this store</source>
        <translation>Commandes click &amp; collect de ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="332" />
        <source>Customers in the local copy</source>
        <translation>Clients dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="333" />
        <source>Products in the local copy</source>
        <translation>Produits dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="334" />
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="350" />
        <location filename="../../kiosk/ui/pages.py" line="362" />
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="362" />
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="369" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="369" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="370" />
        <source>Not yet connected</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="379" />
        <source>%1 refused, %2 in conflict</source>
        <translation>%1 refusé(s), %2 en conflit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="386" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="400" />
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="403" />
        <source>Scan your store pass or your loyalty card to see your cart, pick up an order or start a return.</source>
        <translation>Scannez votre pass magasin ou votre carte de fidélité pour voir votre panier, retirer une commande ou commencer un retour.</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="43" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="48" />
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform><numerusform>dans %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="50" />
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform><numerusform>dans %n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="51" />
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform><numerusform>dans %n j</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="53" />
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="55" />
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform><numerusform>il y a %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="57" />
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform><numerusform>il y a %n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="58" />
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform><numerusform>il y a %n j</numerusform></translation>
    </message>
</context>
</TS>